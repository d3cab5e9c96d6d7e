package org.commitmenttracker.evaluation;

import org.commitmenttracker.commitment.Commitment;
import org.commitmenttracker.event.Event;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;

/** Turns stored records into the plain facts the rules read. */
public final class FactAssembler {

    private FactAssembler() {
    }

    public static CommitmentFact toFact(Commitment c) {
        CommitmentFact.Builder fact = CommitmentFact.builder(c.id, c.kind, c.statedOn)
                .underlyingKind(c.underlyingKind)
                .actors(c.actors)
                .addressees(c.addressees)
                .topics(c.topics)
                .deadline(c.deadline)
                .dueWithin(c.dueWithin)
                .cadence(c.cadence)
                .reviewWindow(c.reviewWindow)
                .evidence(c.evidence.toFact());
        if (c.trigger != null) {
            fact.trigger(c.trigger.toFact(), c.triggerDescription);
        }
        return fact.build();
    }

    public static EventFact toFact(Event e) {
        return new EventFact(e.id, e.date, e.type, e.participants, e.topics);
    }
}
