package org.commitmenttracker.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
        FEED
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

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> actors = new ArrayList<>();

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
}
