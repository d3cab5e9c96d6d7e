package org.commitmenttracker.http;

import java.util.List;

/**
 * A request refused for reasons found after parsing (a bad query parameter, an unknown referenced id): 400; or, for
 * well-formed content the service cannot process (a release in a language it does not read), 422.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;
    private final int status;

    public InvalidRequestException(List<FieldError> errors) {
        this(400, errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    private InvalidRequestException(int status, List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
        this.status = status;
    }

    /** Well-formed, but not something the service can process: 422. */
    public static InvalidRequestException unprocessable(String field, String message) {
        return new InvalidRequestException(422, List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
