package org.commitmenttracker.rules.facts;

import java.time.LocalDate;

/** An event that counts towards a commitment. Inserted by the rules in rules/evidence/matching.drl. */
public final class Evidence implements CommitmentScoped {

    private final String commitmentId;
    private final EventFact event;

    public Evidence(String commitmentId, EventFact event) {
        this.commitmentId = commitmentId;
        this.event = event;
    }

    public String getCommitmentId() {
        return commitmentId;
    }

    public EventFact getEvent() {
        return event;
    }

    public String getEventId() {
        return event.getId();
    }

    public LocalDate getDate() {
        return event.getDate();
    }

    @Override
    public String toString() {
        return event.getId() + " for " + commitmentId;
    }
}
