package org.commitmenttracker.extraction;

/** Fired when a release's text has been read and its candidates stored, for alerts to tell staff. */
public record CandidatesProposed(long releaseId, String sourceId, int candidates) {
}
