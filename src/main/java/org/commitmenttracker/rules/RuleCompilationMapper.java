package org.commitmenttracker.rules;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.commitmenttracker.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Rule files that do not compile or run away: 422, with every error's file, line, column and message. */
public class RuleCompilationMapper {

    @ServerExceptionMapper
    public Response rulesDoNotCompile(RuleCompilationException e, UriInfo uri) {
        return Problem.of(422, e.summary(), uri.getPath(), List.of()).withRuleErrors(e.problems()).toResponse();
    }
}
