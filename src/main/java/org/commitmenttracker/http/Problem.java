package org.commitmenttracker.http;

import java.util.List;

import org.commitmenttracker.intake.RowProblem;
import org.commitmenttracker.rules.RuleProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem detail; errors names each refused field")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @Schema(description = "Compilation errors of rule files, each with file, line and column")
                      List<RuleProblem> ruleErrors,
                      @Schema(description = "Bad rows of an imported file, each with its line number and field")
                      List<RowProblem> rowErrors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
