package org.commitmenttracker.intake;

/** Fired when an import has stored its rows; trusted imports add evidence at once, others only suggestions. */
public record ImportCompleted(long importId, boolean trusted, long rowsAccepted) {
}
