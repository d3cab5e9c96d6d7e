package org.commitmenttracker.evaluation;

import org.commitmenttracker.rules.facts.Status;

/** Which outcomes to list; null fields do not filter. */
public record OutcomeFilter(Long runId, String commitmentId, Status status, String rule) {
}
