package org.commitmenttracker.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.commitmenttracker.TrackerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What can be refused from the request line and headers alone, before anything else reads the request, each as
 * problem+json: an address longer than tracker.max-uri-length (414), and an API request that carries no credentials
 * at all (401, with the Basic challenge), so that an anonymous caller learns to sign in before being told about its
 * Accept or Content-Type (406, 415; tracker.refuse-anonymous-first). Requests with credentials are authenticated where
 * the resource needs it, as before.
 */
@ApplicationScoped
public class RequestLineChecks {

    private final int maxUriLength;
    private final boolean refuseAnonymousFirst;
    private final String sessionCookie;
    private final ObjectMapper json;

    public RequestLineChecks(TrackerConfig config, ObjectMapper json,
                             @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.maxUriLength = config.maxUriLength();
        this.refuseAnonymousFirst = config.refuseAnonymousFirst();
        this.sessionCookie = sessionCookie;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-1100).handler(this::check);
    }

    void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > maxUriLength) {
            refuse(context, 414, "The address is " + uri.length() + " characters long; at most "
                    + maxUriLength + " are accepted. Send long filters in a request body or in several requests.");
        } else if (refuseAnonymousFirst && context.request().path().startsWith("/api/") && anonymous(context)) {
            context.response().putHeader("WWW-Authenticate", "Basic realm=\"commitment-tracker\"");
            refuse(context, 401, "Sign in to use this API.");
        } else {
            context.next();
        }
    }

    private boolean anonymous(RoutingContext context) {
        return context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && context.request().getCookie(sessionCookie) == null;
    }

    private void refuse(RoutingContext context, int status, String detail) {
        RouteProblems.end(context, json, status, detail);
    }
}
