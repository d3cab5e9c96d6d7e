package org.commitmenttracker.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.commitmenttracker.TrackerConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Request bodies other than an import's are small JSON or forms: refused with 413 above tracker.max-request-size,
 * whether their length is stated or they come in chunks, while the HTTP limit itself is raised to the largest import
 * (tracker.intake.max-file-size).
 */
@ApplicationScoped
public class BodyLimits {

    static final String IMPORTS = "/api/imports";

    private final long maxRequestSize;
    private final BodyHandler chunkedBodies;
    private final ObjectMapper json;

    public BodyLimits(TrackerConfig config, ObjectMapper json) {
        this.json = json;
        this.maxRequestSize = config.maxRequestSize();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(maxRequestSize);
    }

    /** Runs before any other route, so that an oversized body is refused before it is read. */
    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::refuseLargeBodies).failureHandler(this::describeTooLarge);
    }

    /**
     * A stated length over the limit is refused at once; a body other than a form streamed in chunks, with no length
     * stated, is read into memory by Vert.x's body handler up to the limit (the REST layer then reads it from there)
     * and refused as soon as it passes it.
     */
    void refuseLargeBodies(RoutingContext context) {
        if (context.request().path().equals(IMPORTS)) {
            context.next();
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            refuse(context);
        } else if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)
                && !isForm(context)) {
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * Forms are left to Quarkus: it writes uploaded files to disk, where the resources check their size, and limits
     * each form field (quarkus.http.limits.max-form-attribute-size).
     */
    private static boolean isForm(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && (type.regionMatches(true, 0, "multipart/", 0, 10)
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
    }

    /** The body handler of a chunked body fails the request with 413 once it has read past the limit. */
    void describeTooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().ended()) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context) {
        RouteProblems.end(context, json, 413, "The request body is larger than "
                + maxRequestSize + " bytes.");
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.strip()) > maxRequestSize;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
