package org.commitmenttracker.http;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Who is making the current write: "system" outside any request (start-up, scheduled work), else the caller.
 * Until authentication exists every caller is "anonymous"; this is its seam.
 */
@ApplicationScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    public String name() {
        return inHttpRequest() ? ANONYMOUS : SYSTEM;
    }

    private static boolean inHttpRequest() {
        ArcContainer container = Arc.container();
        return container.requestContext().isActive()
                && container.instance(CurrentVertxRequest.class).get().getCurrent() != null;
    }
}
