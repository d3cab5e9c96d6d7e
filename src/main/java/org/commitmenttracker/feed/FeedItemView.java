package org.commitmenttracker.feed;

import java.time.Instant;

/**
 * One thing a feed fetched and what it became: {@code importLink} the import its rows went through, {@code sourceLink}
 * the source a release became (its text and candidates hang from it).
 */
public record FeedItemView(String key, Instant firstSeenAt, Instant fetchedAt, FeedItem.Outcome outcome,
                           String detail, Long rowsKept, int attempts, String importLink, String sourceLink) {

    static FeedItemView of(FeedItem i) {
        return new FeedItemView(i.key, i.firstSeenAt, i.fetchedAt, i.outcome, i.detail, i.rowsKept, i.attempts,
                i.importId == null ? null : "/api/imports/" + i.importId,
                i.sourceId == null ? null : "/api/sources/" + i.sourceId);
    }
}
