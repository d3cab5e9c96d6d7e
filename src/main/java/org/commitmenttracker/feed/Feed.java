package org.commitmenttracker.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.commitmenttracker.persistence.StringListConverter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A source polled on a schedule, with how its polling goes. */
@Entity
@Table(name = "feed")
public class Feed extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeedKind kind;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(name = "every_seconds", nullable = false)
    public long everySeconds;

    public String publisher;

    @Column(nullable = false)
    public boolean trusted;

    /** Keep only rows in which one of these parties (concept ids) takes part; empty keeps every party. */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false, length = 4000)
    public List<String> parties = new ArrayList<>();

    /** Keep only rows whose CAMEO root code ("01" to "20") is one of these; empty keeps every root. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "cameo_roots", nullable = false, length = 400)
    public List<String> cameoRoots = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "next_poll_at", nullable = false)
    public Instant nextPollAt;

    @Column(name = "last_poll_at")
    public Instant lastPollAt;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    /** Polls failed in a row since the last success: each doubles the wait before the next (capped). */
    @Column(nullable = false)
    public int failures;

    @Column(name = "items_seen", nullable = false)
    public long itemsSeen;

    @Column(name = "items_new", nullable = false)
    public long itemsNew;

    /** The validators of the last answer, sent back so that an unchanged list costs a 304. */
    @Column(length = 500)
    public String etag;

    @Column(name = "last_modified", length = 100)
    public String lastModified;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    public Duration every() {
        return Duration.ofSeconds(everySeconds);
    }
}
