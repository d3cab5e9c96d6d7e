package org.commitmenttracker.audit;

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

import org.hibernate.annotations.Immutable;

/** One write to the tracker: who did what to which record, and when. Append-only. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    /** The kinds of write that are recorded. */
    public enum Action {
        SOURCE_CREATED, COMMITMENT_CREATED, EVENT_CREATED, EVALUATION_RUN, RULES_RELOADED, RULES_RELOAD_REFUSED,
        IMPORT_STARTED, IMPORT_FINISHED, IMPORT_FAILED, IMPORT_REFUSED, SUGGESTION_CONFIRMED, SUGGESTION_REJECTED,
        TRIGGER_MET_RECORDED, RELEASE_TEXT_SUBMITTED, CANDIDATE_ACCEPTED, CANDIDATE_REJECTED, FEED_ADDED, FEED_REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String principal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false)
    public String targetId;

    public String detail;
}
