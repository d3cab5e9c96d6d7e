package org.commitmenttracker.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
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
import org.commitmenttracker.rules.facts.Kind;

/** A commitment proposed from a release's text, and what staff decided about it. */
@Entity
@Table(name = "candidate")
public class Candidate {

    /** Where a candidate stands. */
    public enum Status {
        PENDING, ACCEPTED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
    @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 50)
    public Long id;

    @Column(name = "release_id", nullable = false)
    public long releaseId;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public String quote;

    /** Where the quote starts in the release text. */
    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false)
    public String sentence;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> actors = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> addressees = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "kind_reason")
    public String kindReason;

    public LocalDate deadline;

    @Column(name = "deadline_note")
    public String deadlineNote;

    public Period cadence;

    @Column(name = "cadence_note")
    public String cadenceNote;

    @Column(name = "trigger_text")
    public String trigger;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> topics = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    /** The cues that fired, by name (rules/extraction/cues.drl). */
    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> cues = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> hedges = new ArrayList<>();

    @Column(nullable = false)
    public double confidence;

    /** A first summary for staff to put in their own words. */
    @Column(nullable = false)
    public String summary;

    /** The commitment it became, once accepted. */
    @Column(name = "commitment_id")
    public String commitmentId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column
    public String reason;

    static Candidate of(ExtractedCandidate e, long releaseId, String sourceId) {
        Candidate c = new Candidate();
        c.releaseId = releaseId;
        c.sourceId = sourceId;
        c.status = Status.PENDING;
        c.quote = e.quote();
        c.start = e.start();
        c.end = e.end();
        c.sentence = e.sentence();
        c.actors = new ArrayList<>(e.actors());
        c.addressees = new ArrayList<>(e.addressees());
        c.kind = e.kind();
        c.kindReason = e.kindReason();
        c.deadline = e.deadline();
        c.deadlineNote = e.deadlineNote();
        c.cadence = e.cadence();
        c.cadenceNote = e.cadenceNote();
        c.trigger = e.trigger();
        c.topics = new ArrayList<>(e.topics());
        c.eventTypes = new ArrayList<>(e.eventTypes());
        c.cues = new ArrayList<>(e.cues());
        c.hedges = new ArrayList<>(e.hedges());
        c.confidence = e.confidence();
        c.summary = e.summary();
        return c;
    }
}
