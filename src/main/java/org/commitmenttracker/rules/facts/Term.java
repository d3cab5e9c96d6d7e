package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.time.Period;

/**
 * The stretch of time over which a commitment is judged: from its start (the statement date, or the date of the
 * event that met a conditional commitment's trigger), with the deadline and period that follow from that start.
 * Inserted by the rules in rules/evidence/terms.drl.
 */
public final class Term implements CommitmentScoped {

    private final String commitmentId;
    private final LocalDate start;
    private final EventFact triggerEvent;
    private final LocalDate deadline;
    private final Period period;

    public Term(String commitmentId, LocalDate start, EventFact triggerEvent, LocalDate deadline, Period period) {
        this.commitmentId = commitmentId;
        this.start = start;
        this.triggerEvent = triggerEvent;
        this.deadline = deadline;
        this.period = period;
    }

    public String getCommitmentId() {
        return commitmentId;
    }

    public LocalDate getStart() {
        return start;
    }

    /** The event that met the trigger, or null for an unconditional commitment. */
    public EventFact getTriggerEvent() {
        return triggerEvent;
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
        return triggerEvent == null
                ? "it was stated on " + start
                : "its trigger event " + triggerEvent.getId() + " on " + start;
    }

    @Override
    public String toString() {
        return "term of " + commitmentId + " from " + start;
    }
}
