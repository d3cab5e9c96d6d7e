package org.commitmenttracker.evaluation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.commitmenttracker.commitment.Commitment;
import org.commitmenttracker.commitment.Criteria;
import org.commitmenttracker.event.Event;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.TriggerRecord;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * Turns stored records into the plain facts the rules read. Every stored term passes through the vocabulary of the
 * rules in use, so a term stored uncontrolled counts as a concept as soon as a rule author adopts it as a label.
 */
public final class FactAssembler {

    private final Vocabulary vocabulary;

    public FactAssembler(Vocabulary vocabulary) {
        this.vocabulary = vocabulary == null ? Vocabulary.empty() : vocabulary;
    }

    public CommitmentFact toFact(Commitment c) {
        return toFact(c, null);
    }

    /** The commitment as a fact, with staff's latest record of its trigger met (or null). */
    public CommitmentFact toFact(Commitment c, TriggerRecord triggerMet) {
        CommitmentFact.Builder fact = CommitmentFact.builder(c.id, c.kind, c.statedOn)
                .underlyingKind(c.underlyingKind)
                .actors(parties(c.actors))
                .addressees(parties(c.addressees))
                .topics(concepts(Vocabulary.TOPICS, c.topics))
                .deadline(c.deadline)
                .dueWithin(c.dueWithin)
                .cadence(c.cadence)
                .reviewWindow(c.reviewWindow)
                .evidence(toFact(c.evidence))
                .triggerRecord(triggerMet)
                .actsSeparately(c.actsSeparately);
        if (c.trigger != null) {
            fact.trigger(toFact(c.trigger), c.triggerDescription);
        }
        if (c.goal != null) {
            fact.goal(toFact(c.goal), c.goalDescription);
        }
        return fact.build();
    }

    public EventFact toFact(Event e) {
        return new EventFact(e.id, e.date, vocabulary.conceptIdOf(Vocabulary.EVENT_TYPES, e.type),
                parties(e.participants), concepts(Vocabulary.TOPICS, e.topics));
    }

    private org.commitmenttracker.rules.facts.Criteria toFact(Criteria criteria) {
        return new org.commitmenttracker.rules.facts.Criteria(concepts(Vocabulary.EVENT_TYPES, criteria.eventTypes()),
                concepts(Vocabulary.TOPICS, criteria.topics()), parties(criteria.parties()));
    }

    private Set<String> parties(Collection<String> terms) {
        return concepts(Vocabulary.PARTIES, terms);
    }

    private Set<String> concepts(String scheme, Collection<String> terms) {
        Set<String> ids = new LinkedHashSet<>();
        terms.forEach(t -> ids.add(vocabulary.conceptIdOf(scheme, t)));
        return ids;
    }
}
