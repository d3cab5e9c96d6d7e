package org.commitmenttracker.evaluation;

import java.time.LocalDate;
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
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.PartyDecision;
import org.commitmenttracker.rules.facts.Status;
import org.hibernate.annotations.Immutable;

/** What the rules decided about one commitment in one run, and why. Append-only: never updated or deleted. */
@Entity
@Immutable
@Table(name = "outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_seq")
    @SequenceGenerator(name = "outcome_seq", sequenceName = "outcome_seq", allocationSize = OutcomeWriter.ID_BLOCK)
    public Long id;

    @Column(name = "run_id", nullable = false)
    public Long runId;

    @Column(name = "commitment_id", nullable = false)
    public String commitmentId;

    /** The commitment's statement date, copied so a run's outcomes can be listed newest statement first. */
    @Column(name = "stated_on", nullable = false)
    public LocalDate statedOn;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "rules_version", nullable = false)
    public String rulesVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The rule whose finding won; null when no rule decided. */
    @Column(name = "rule_name")
    public String rule;

    @Column(nullable = false)
    public String explanation;

    /** Which rule won over which others, when several judged the commitment. */
    public String resolution;

    @Column(name = "next_due")
    public LocalDate nextDue;

    public Integer occurrences;

    /** When the commitment's term started: its statement date, or its trigger event's date; null while dormant. */
    @Column(name = "term_start")
    public LocalDate termStart;

    /** The event that met a conditional commitment's trigger. */
    @Column(name = "trigger_event_id")
    public String triggerEventId;

    @Convert(converter = StringListConverter.class)
    @Column(name = "evidence_ids", nullable = false)
    public List<String> evidenceIds = List.of();

    /** The status of the same commitment in the latest earlier run that judged it; null for its first outcome. */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public Status previousStatus;

    /** Every rule that fired for this commitment, in the order each first fired. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "fired_rules", nullable = false)
    public List<String> firedRules = List.of();

    /** Each actor's own verdict when the actors act separately; empty when the commitment is judged jointly. */
    @Convert(converter = PartyOutcomesConverter.class)
    @Column(name = "party_outcomes")
    public List<PartyDecision> parties = List.of();

    /** The outcome a run stores for one decision, with the commitment's status in the current run it follows. */
    static Outcome of(Decision d, EvaluationRun run, LocalDate statedOn, Status previousStatus) {
        Outcome o = new Outcome();
        o.runId = run.id;
        o.commitmentId = d.commitmentId();
        o.statedOn = statedOn;
        o.asOf = run.asOf;
        o.rulesVersion = run.rulesVersion;
        o.status = d.status();
        o.rule = d.rule();
        o.explanation = d.explanation();
        o.resolution = d.resolution();
        o.nextDue = d.nextDue();
        o.occurrences = d.occurrences();
        o.termStart = d.termStart();
        o.triggerEventId = d.triggerEventId();
        o.evidenceIds = d.evidenceIds();
        o.previousStatus = previousStatus;
        o.firedRules = d.firedRules();
        o.parties = d.parties();
        return o;
    }
}
