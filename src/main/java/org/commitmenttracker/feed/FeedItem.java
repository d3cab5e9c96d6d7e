package org.commitmenttracker.feed;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One thing a feed fetched (a GDELT file, a release) and what it became. */
@Entity
@Table(name = "feed_item")
public class FeedItem extends PanacheEntityBase {

    /** What became of an item. */
    public enum Outcome {
        /** Its rows went through intake as the import named. */
        IMPORTED,
        /** A release: registered as the source named and read for candidates, which staff review. */
        READ,
        /** Nothing in it to keep (no row touches the feed's parties and roots, say); the detail says why. */
        SKIPPED,
        /** A check failed (size, MD5, archive, import refused) and nothing of it was stored; tried again later. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_item_seq")
    @SequenceGenerator(name = "feed_item_seq", sequenceName = "feed_item_seq", allocationSize = 50)
    public Long id;

    @Column(name = "feed_id", nullable = false)
    public String feedId;

    /** What identifies the item within the feed: a GDELT file's URL, a release's link (or its entry id). */
    @Column(name = "item_key", nullable = false, length = 2000)
    public String key;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(length = 2000)
    public String detail;

    @Column(name = "import_id")
    public Long importId;

    @Column(name = "source_id", length = 100)
    public String sourceId;

    @Column(name = "rows_kept")
    public Long rowsKept;

    @Column(nullable = false)
    public int attempts;
}
