package org.commitmenttracker.suggestion;

/** Fired, inside its transaction, when staff confirm a suggestion: its event now counts for the commitment. */
public record SuggestionConfirmed(long suggestionId, String commitmentId, String eventId) {
}
