package org.commitmenttracker.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** Something that happened after a commitment was made: a meeting, visit, call, agreement, aid, election... */
@Entity
@Table(name = "event")
public class Event {

    @Id
    public String id;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate date;

    @Column(name = "event_type", nullable = false)
    public String type;

    @Column(nullable = false)
    public String title;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "code")
    @OrderBy
    public Set<String> participants = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "topic")
    @OrderBy
    public Set<String> topics = new LinkedHashSet<>();

    /** A source id or a public reference (an address, a document number). */
    @Column(nullable = false)
    public String citation;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
