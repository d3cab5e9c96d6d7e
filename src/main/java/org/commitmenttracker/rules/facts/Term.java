package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.time.Period;

/**
 * The stretch of time over which a commitment is judged: from its start (the statement date, or the day a
 * conditional commitment's trigger was met), with the deadline and period that follow from that start.
 * Inserted by the rules in rules/evidence/terms.drl.
 */
public final class Term implements CommitmentScoped {

    private final String commitmentId;
    private final LocalDate start;
    private final TriggerMet trigger;
    private final LocalDate deadline;
    private final Period period;

    public Term(String commitmentId, LocalDate start, TriggerMet trigger, LocalDate deadline, Period period) {
        this.commitmentId = commitmentId;
        this.start = start;
        this.trigger = trigger;
        this.deadline = deadline;
        this.period = period;
    }

    public String getCommitmentId() {
        return commitmentId;
    }

    public LocalDate getStart() {
        return start;
    }

    /** The event that met the trigger; null for an unconditional commitment or a trigger staff recorded. */
    public EventFact getTriggerEvent() {
        return trigger == null ? null : trigger.getEvent();
    }

    /** How the trigger was met; null for an unconditional commitment. */
    public TriggerMet getTrigger() {
        return trigger;
    }

    /**
     * The first day evidence may be dated: the day after the start, except when the promised action itself met the
     * trigger, which then counts as evidence too.
     */
    public LocalDate getEvidenceFrom() {
        return trigger != null && trigger.getSource() == TriggerSource.PROMISED_ACTION ? start : start.plusDays(1);
    }

    /** Null when the commitment has no deadline. */
    public LocalDate getDeadline() {
        return deadline;
    }

    /** The cadence or review window; null when neither applies. */
    public Period getPeriod() {
        return period;
    }

    /** "it was stated on 2021-01-07" or "its trigger event e-12 on 2023-05-05", for explanations. */
    public String describeStart() {
        return trigger == null ? "it was stated on " + start : trigger.describe();
    }

    @Override
    public String toString() {
        return "term of " + commitmentId + " from " + start;
    }
}
