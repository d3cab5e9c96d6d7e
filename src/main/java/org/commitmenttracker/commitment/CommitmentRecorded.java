package org.commitmenttracker.commitment;

/** Fired, inside its transaction, when a commitment has been recorded: other features may act on it. */
public record CommitmentRecorded(Commitment commitment) {
}
