package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.commitmenttracker.rules.RuleFile;
import org.commitmenttracker.rules.RuleFileInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to evaluate: every commitment, as of a date (today when omitted); for a dry run, optionally other rules. */
@Schema(description = "Evaluate every commitment as of a date; today when omitted")
public record EvaluationRequest(
        @Schema(examples = "2022-01-08") LocalDate asOf,
        @Schema(description = "Dry runs only: rule files overlaid on the active ones for this evaluation")
        @Size(max = 200) List<@NotNull @Valid RuleFileInput> rules) {

    List<RuleFile> ruleFiles() {
        return rules == null ? List.of() : rules.stream().map(RuleFileInput::toRuleFile).toList();
    }
}
