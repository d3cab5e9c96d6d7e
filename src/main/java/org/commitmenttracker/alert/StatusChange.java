package org.commitmenttracker.alert;

import java.time.Instant;
import java.time.LocalDate;

import org.commitmenttracker.rules.facts.Status;

/**
 * A commitment's status changing in a current run: what alerts are about. {@code from} is null for a commitment's
 * first status.
 */
public record StatusChange(long outcomeId, long runId, String commitmentId, String summary, Status from, Status to,
                           String rule, String explanation, LocalDate asOf, Instant at) {
}
