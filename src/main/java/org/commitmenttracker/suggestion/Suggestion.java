package org.commitmenttracker.suggestion;

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

import org.commitmenttracker.persistence.PendingImports;
import org.hibernate.annotations.SQLRestriction;

/** An event proposed as evidence for a commitment, and what staff decided about it. */
@Entity
@Table(name = "suggestion")
@SQLRestriction(PendingImports.HIDDEN)
public class Suggestion {

    public enum Status {
        PENDING, CONFIRMED, REJECTED
    }

    /** How the event's type met the criteria: one of the accepted types, or a type narrower than one. */
    public enum TypeMatch {
        EXACT, NARROWER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suggestion_seq")
    @SequenceGenerator(name = "suggestion_seq", sequenceName = "suggestion_seq", allocationSize = 50)
    public Long id;

    @Column(name = "commitment_id", nullable = false)
    public String commitmentId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Higher first: reported more widely, by more sources, and with the exact type. */
    @Column(nullable = false)
    public int score;

    @Enumerated(EnumType.STRING)
    @Column(name = "type_match", nullable = false)
    public TypeMatch typeMatch;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(length = 1000)
    public String reason;

    /** The import that proposed it, hidden until that import succeeded; null when proposed for a later commitment. */
    @Column(name = "import_id")
    public Long importId;
}
