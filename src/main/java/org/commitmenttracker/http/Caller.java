package org.commitmenttracker.http;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** Who is making the current write: the signed-in user, or "system" outside any request (start-up, scheduled work). */
@ApplicationScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        if (!inHttpRequest()) {
            return SYSTEM;
        }
        return identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    private static boolean inHttpRequest() {
        ArcContainer container = Arc.container();
        return container.requestContext().isActive()
                && container.instance(CurrentVertxRequest.class).get().getCurrent() != null;
    }
}
