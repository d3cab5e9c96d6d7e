package org.commitmenttracker.suggestion;

import java.time.Instant;

import org.commitmenttracker.event.EventView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A suggestion as the API shows it, with its event. */
@Schema(description = "An imported event proposed as evidence for a commitment, and the staff decision on it")
public record SuggestionView(long id, String commitmentId, Suggestion.Status status, int score,
                             Suggestion.TypeMatch typeMatch, EventView event, Instant createdAt, String decidedBy,
                             Instant decidedAt, String reason) {

    static SuggestionView of(Suggestion s, EventView event) {
        return new SuggestionView(s.id, s.commitmentId, s.status, s.score, s.typeMatch, event, s.createdAt,
                s.decidedBy, s.decidedAt, s.reason);
    }
}
