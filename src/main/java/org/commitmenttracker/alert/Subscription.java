package org.commitmenttracker.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.commitmenttracker.persistence.StringListConverter;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;

/**
 * One user's subscription to status changes: which changes (empty filters match all), by which channel, and how
 * far it has been delivered (the last current run whose changes it has had), so that nothing is sent twice.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    /** How alerts reach the subscriber. */
    public enum Channel {
        /** An e-mail digest, grouped by status, with links and an unsubscribe link. */
        EMAIL,
        /** An Atom feed of its own, at /api/subscriptions/{id}/feed. */
        FEED,
        /** A signed CloudEvent POSTed to a URL for each change, from a persisted outbox, retried until it is taken. */
        WEBHOOK
    }

    /** How often an e-mail digest is sent. */
    public enum Digest {
        IMMEDIATE, DAILY, WEEKLY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Digest digest;

    public String email;

    /** WEBHOOK only: where the events are POSTed. */
    public String url;

    /** WEBHOOK only: the key of the HMAC-SHA256 signature over each body, shown once, when subscribing. */
    public String secret;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> actors = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> addressees = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> topics = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> kinds = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "commitment_ids", nullable = false)
    public List<String> commitmentIds = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> statuses = new ArrayList<>();

    /** Also tell of suggested evidence awaiting review on the selected commitments. */
    @Column(nullable = false)
    public boolean suggestions;

    /** Also tell of commitments proposed from releases' texts, awaiting review. */
    @Column(nullable = false)
    public boolean candidates;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** The last current run whose changes this subscription has had. */
    @Column(name = "delivered_through", nullable = false)
    public long deliveredThrough;

    @Column(name = "unsubscribe_token", nullable = false)
    public String unsubscribeToken;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The status changes this subscription selects. */
    public StatusChangeFilter filter() {
        return new StatusChangeFilter(Set.copyOf(actors), Set.copyOf(addressees), Set.copyOf(topics),
                kinds.stream().map(Kind::valueOf).collect(Collectors.toSet()),
                statuses.stream().map(Status::valueOf).collect(Collectors.toSet()), Set.copyOf(commitmentIds));
    }

    /** Turns the subscription off, saying why, until its owner replaces it. */
    public void disable(String reason) {
        enabled = false;
        disabledReason = reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
    }
}
