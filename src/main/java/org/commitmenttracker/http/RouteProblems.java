package org.commitmenttracker.http;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Problems answered by Vert.x routes that run before the REST layer (whose exception mappers write the others). */
final class RouteProblems {

    private RouteProblems() {
    }

    static void end(RoutingContext context, ObjectMapper json, int status, String detail) {
        Problem problem = Problem.of(status, detail, context.request().path(), List.of());
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
