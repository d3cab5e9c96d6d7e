package org.commitmenttracker.rules.facts;

/** An event that meets a conditional commitment's trigger. Inserted by the rules in rules/evidence/terms.drl. */
public final class TriggerMatch implements CommitmentScoped {

    private final String commitmentId;
    private final EventFact event;

    public TriggerMatch(String commitmentId, EventFact event) {
        this.commitmentId = commitmentId;
        this.event = event;
    }

    @Override
    public String getCommitmentId() {
        return commitmentId;
    }

    public EventFact getEvent() {
        return event;
    }

    @Override
    public String toString() {
        return event.getId() + " meets the trigger of " + commitmentId;
    }
}
