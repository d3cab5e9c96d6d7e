package org.commitmenttracker.feed;

import java.time.Instant;
import java.util.List;

/** A feed and how its polling goes. */
public record FeedView(String id, FeedKind kind, String url, String every, String publisher, boolean trusted,
                       List<String> parties, List<String> cameoRoots, Instant createdAt, String createdBy,
                       String status, Instant lastPollAt, Instant lastSuccessAt, String lastError, int failures,
                       Instant nextPollAt, long itemsSeen, long itemsNew, String items) {

    static FeedView of(Feed f) {
        return new FeedView(f.id, f.kind, f.url, f.every().toString(), f.publisher, f.trusted, List.copyOf(f.parties),
                List.copyOf(f.cameoRoots), f.createdAt, f.createdBy, status(f), f.lastPollAt, f.lastSuccessAt,
                f.lastError, f.failures, f.nextPollAt, f.itemsSeen, f.itemsNew, "/api/feeds/" + f.id + "/items");
    }

    /** NEW before its first poll, FAILING after a failed one, else OK. */
    private static String status(Feed f) {
        if (f.failures > 0) {
            return "FAILING";
        }
        return f.lastPollAt == null ? "NEW" : "OK";
    }
}
