package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.time.Period;

/**
 * One way a conditional commitment's trigger was met: by a staff record, by an event meeting the trigger, or by
 * evidence of the promised action itself. Inserted by rules/evidence/terms.drl; the one that takes precedence
 * starts the commitment's term.
 */
public final class TriggerMet implements CommitmentScoped {

    private final String commitmentId;
    private final LocalDate date;
    private final EventFact event;
    private final TriggerSource source;
    private final String citation;

    public TriggerMet(String commitmentId, LocalDate date, EventFact event, TriggerSource source, String citation) {
        this.commitmentId = commitmentId;
        this.date = date;
        this.event = event;
        this.source = source;
        this.citation = citation;
    }

    public static TriggerMet byRecord(String commitmentId, TriggerRecord record) {
        return new TriggerMet(commitmentId, record.metOn(), null, TriggerSource.STAFF_RECORD, record.citation());
    }

    public static TriggerMet byEvent(String commitmentId, EventFact event, TriggerSource source) {
        return new TriggerMet(commitmentId, event.getDate(), event, source, null);
    }

    /**
     * Whether this way takes precedence over the other: a staff record over any event; else the earlier day; on the
     * same day the promised action (which then counts as evidence too) over the trigger event.
     */
    public boolean precedes(TriggerMet other) {
        if ((source == TriggerSource.STAFF_RECORD) != (other.source == TriggerSource.STAFF_RECORD)) {
            return source == TriggerSource.STAFF_RECORD;
        }
        if (!date.equals(other.date)) {
            return date.isBefore(other.date);
        }
        return source.ordinal() > other.source.ordinal();
    }

    /** The term this way starts: evidence counts from the next day, or from this day when it is the action itself. */
    public Term startTerm(CommitmentFact commitment, Period defaultReviewWindow) {
        return new Term(commitmentId, date, this, commitment.deadlineFrom(date),
                commitment.periodOr(defaultReviewWindow));
    }

    public String getCommitmentId() {
        return commitmentId;
    }

    public LocalDate getDate() {
        return date;
    }

    /** The event, or null for a staff record. */
    public EventFact getEvent() {
        return event;
    }

    public TriggerSource getSource() {
        return source;
    }

    public String getCitation() {
        return citation;
    }

    /** "its trigger event e-12 on 2023-05-05", for explanations (after "since"). */
    public String describe() {
        return switch (source) {
            case STAFF_RECORD -> "staff recorded its trigger as met on " + date + " (" + citation + ")";
            case TRIGGER_EVENT -> "its trigger event " + event.getId() + " on " + date;
            case PROMISED_ACTION -> "its condition was shown met on " + date + " by the promised action itself, "
                    + event.getId();
        };
    }

    @Override
    public String toString() {
        return "trigger of " + commitmentId + " met on " + date + " (" + source + ")";
    }
}
