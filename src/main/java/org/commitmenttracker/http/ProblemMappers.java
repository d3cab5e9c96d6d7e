package org.commitmenttracker.http;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.commitmenttracker.health.FatalErrors;
import org.commitmenttracker.security.TooManySignInAttempts;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every refusal into an RFC 9457 {@code application/problem+json} answer that names the fields at fault. The
 * refusals of a feature's own exceptions are mapped in that feature (RuleCompilationMapper, ImportRefusalMapper).
 */
public class ProblemMappers {

    private final MeterRegistry metrics;
    private final FatalErrors fatalErrors;

    public ProblemMappers(MeterRegistry metrics, FatalErrors fatalErrors) {
        this.metrics = metrics;
        this.fatalErrors = fatalErrors;
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return badRequest("The request has invalid fields.", errors, uri);
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return e.status() == 400 ? badRequest("The request has invalid fields.", e.errors(), uri)
                : problem(e.status(), "The request's content cannot be processed.", e.errors(), uri);
    }

    /** Declared for the subtype too: Quarkus has its own mapper for it, which answers without a body. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? pathOf(mapping) : "body";
        String message = e instanceof MismatchedInputException mismatch ? messageFor(mismatch) : e.getOriginalMessage();
        return badRequest("The request body could not be read.", List.of(new FieldError(field, message)), uri);
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
        return problem(status, e.getMessage(), List.of(), uri);
    }

    /**
     * No or bad credentials: for the API, 401 with the Basic challenge and nothing about the resource asked for;
     * for a web page, the sign-in page. Too many recent failures: 429 with Retry-After, for both.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        if (e.getCause() instanceof TooManySignInAttempts tooMany) {
            return Response.fromResponse(problem(429, tooMany.getMessage(), List.of(), uri))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, tooMany.retryAfter().toSeconds())).build();
        }
        if (!uri.getPath().startsWith("/api/")) {
            return Response.seeOther(URI.create(e instanceof AuthenticationFailedException ? "/login?error=true"
                    : "/login")).build();
        }
        return Response.fromResponse(problem(401, "Sign in to use this API.", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"commitment-tracker\"").build();
    }

    /** Signed in, but without the role: 403, checked before the resource is looked up, so it reveals nothing. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Your roles do not allow this.", List.of(), uri);
    }

    /** Out of memory or stack: recorded as fatal (readiness DOWN) and answered 503. */
    @ServerExceptionMapper
    public Response fatal(VirtualMachineError e, UriInfo uri) {
        fatalErrors.seen(e, "request " + uri.getPath());
        return problem(503, "The server ran out of resources and needs a restart; the error has been logged.",
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        metrics.counter("tracker.errors", "type", e.getClass().getSimpleName()).increment();
        return problem(500, "The server failed to answer; the error has been logged.", List.of(), uri);
    }

    private static Response badRequest(String detail, List<FieldError> errors, UriInfo uri) {
        return problem(400, detail, errors, uri);
    }

    static Response problem(int status, String detail, List<FieldError> errors, UriInfo uri) {
        return Problem.of(status, detail, uri.getPath(), errors).toResponse();
    }

    /** "create.input.evidence.eventTypes" becomes "evidence.eventTypes"; a missing body becomes "body". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            boolean property = node.getKind() == ElementKind.PROPERTY;
            if (!property && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
            }
            if (property) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** A short message saying what the field should look like, instead of Jackson's account of its own failure. */
    private static String messageFor(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        Class<?> target = e.getTargetType();
        String got = e instanceof InvalidFormatException format ? ", got '" + format.getValue() + "'" : "";
        if (target == null || String.valueOf(e.getOriginalMessage()).startsWith("must ")) {
            return e.getOriginalMessage(); // null, or a message written for the user (BoundedJsonValues)
        } else if (target == LocalDate.class) {
            return "must be a date as YYYY-MM-DD" + got;
        } else if (target == Period.class) {
            return "must be an ISO-8601 period such as P30D, P6M or P1Y" + got;
        } else if (target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants()) + got;
        } else if (Collection.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        return "must be a " + target.getSimpleName() + got;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
