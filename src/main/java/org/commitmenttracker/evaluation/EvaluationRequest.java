package org.commitmenttracker.evaluation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to evaluate: every commitment, as of a date (today when omitted). */
@Schema(description = "Evaluate every commitment as of a date; today when omitted")
public record EvaluationRequest(@Schema(examples = "2022-01-08") LocalDate asOf) {
}
