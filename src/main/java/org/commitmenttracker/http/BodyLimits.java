package org.commitmenttracker.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.commitmenttracker.TrackerConfig;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Request bodies other than an import's are small JSON or forms: refused with 413 above tracker.max-request-size,
 * while the HTTP limit itself is raised to the largest import (tracker.intake.max-file-size).
 */
@ApplicationScoped
public class BodyLimits {

    static final String IMPORTS = "/api/imports";

    private final long maxRequestSize;

    public BodyLimits(TrackerConfig config) {
        this.maxRequestSize = config.maxRequestSize();
    }

    /** Runs before any other route, so that an oversized body is refused before it is read. */
    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::refuseLargeBodies);
    }

    void refuseLargeBodies(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !context.request().path().equals(IMPORTS) && tooLarge(length)) {
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end("{\"type\":\"about:blank\",\"title\":\"Request Entity Too Large\",\"status\":413,"
                            + "\"detail\":\"The request body is larger than " + maxRequestSize + " bytes.\"}");
            return;
        }
        context.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.strip()) > maxRequestSize;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
