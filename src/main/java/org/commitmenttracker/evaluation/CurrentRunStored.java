package org.commitmenttracker.evaluation;

/** Fired, inside its transaction, when a run as of today has been stored: the current statuses may have changed. */
public record CurrentRunStored(long runId) {
}
