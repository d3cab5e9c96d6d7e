package org.commitmenttracker.http;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem detail; errors names each refused field")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @Schema(description = "Compilation errors of rule files, each with file, line, column and "
                              + "message (the RuleProblem schema)")
                      List<?> ruleErrors,
                      @Schema(description = "Bad rows of an imported file, each with its line number, field and "
                              + "message (the RowProblem schema)")
                      List<?> rowErrors) {

    /** A problem answer: the status's reason as title, the detail, where it happened and the fields at fault. */
    public static Problem of(int status, String detail, String instance, List<FieldError> errors) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "HTTP " + status;
        return new Problem("about:blank", title, status, detail, instance, errors, List.of(), List.of());
    }

    /** The same problem with the rule files' errors. */
    public Problem withRuleErrors(List<?> problems) {
        return new Problem(type, title, status, detail, instance, errors, problems, rowErrors);
    }

    /** The same problem with an imported file's bad rows. */
    public Problem withRowErrors(List<?> rows) {
        return new Problem(type, title, status, detail, instance, errors, ruleErrors, rows);
    }

    /** The answer carrying this problem. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
