package org.commitmenttracker.feed;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Records what each fetched item became: one row per (feed, item), updated when the item is tried again. */
@ApplicationScoped
public class FeedItems {

    private final FeedItemRepository items;

    public FeedItems(FeedItemRepository items) {
        this.items = items;
    }

    /** Whether the item was already dealt with (imported or skipped); a failed item is tried again. */
    @Transactional
    public boolean done(String feedId, String key) {
        return items.findItem(feedId, key).filter(i -> i.outcome != FeedItem.Outcome.FAILED).isPresent();
    }

    @Transactional
    public FeedItem record(String feedId, String key, FeedItem.Outcome outcome, String detail, Long importId,
                           Long rowsKept) {
        return record(feedId, key, outcome, detail, importId, rowsKept, null);
    }

    /** A release's item, with the source it became (null unless READ). */
    @Transactional
    public FeedItem recordRelease(String feedId, String key, FeedItem.Outcome outcome, String detail,
                                  String sourceId) {
        return record(feedId, key, outcome, detail, null, null, sourceId);
    }

    private FeedItem record(String feedId, String key, FeedItem.Outcome outcome, String detail, Long importId,
                            Long rowsKept, String sourceId) {
        Instant now = Instant.now();
        FeedItem item = items.findItem(feedId, key).orElseGet(() -> {
            FeedItem created = new FeedItem();
            created.feedId = feedId;
            created.key = key;
            created.firstSeenAt = now;
            return created;
        });
        item.fetchedAt = now;
        item.outcome = outcome;
        item.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
        item.importId = importId;
        item.rowsKept = rowsKept;
        item.sourceId = sourceId;
        item.attempts++;
        if (item.id == null) {
            items.persist(item);
        }
        return item;
    }
}
