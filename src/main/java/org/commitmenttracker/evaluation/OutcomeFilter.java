package org.commitmenttracker.evaluation;

import java.time.LocalDate;

import org.commitmenttracker.rules.facts.Status;

/**
 * Which outcomes to list; null fields do not filter. {@code rule} is the deciding rule, {@code firedRule} any rule
 * that fired; {@code changedTo}/{@code changedFrom} select outcomes whose status differs from the previous one
 * ("became overdue" is changedTo=OVERDUE); {@code changed} selects every change; {@code purpose} the runs of one
 * purpose (CURRENT: the statuses as they were current).
 */
public record OutcomeFilter(Long runId, String commitmentId, Status status, String rule, String firedRule,
                            Status changedTo, Status changedFrom, Boolean changed, String actor, String topic,
                            LocalDate asOfFrom, LocalDate asOfTo, RunPurpose purpose) {
}
