package org.commitmenttracker.commitment;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.CommitmentFactBuilder;
import org.commitmenttracker.rules.facts.TriggerRecord;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * Turns stored commitments into the plain facts the rules read. Every stored term passes through the vocabulary of
 * the rules in use, so a term stored uncontrolled counts as a concept as soon as a rule author adopts it as a label.
 */
public final class CommitmentFacts {

    private final Vocabulary vocabulary;

    public CommitmentFacts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary == null ? Vocabulary.empty() : vocabulary;
    }

    public CommitmentFact toFact(Commitment c) {
        return toFact(c, null);
    }

    /** The commitment as a fact, with staff's latest record of its trigger met (or null). */
    public CommitmentFact toFact(Commitment c, TriggerRecord triggerMet) {
        CommitmentFactBuilder fact = CommitmentFact.builder(c.id, c.kind, c.statedOn)
                .underlyingKind(c.underlyingKind)
                .actors(vocabulary.conceptIdsOf(Vocabulary.PARTIES, c.actors))
                .addressees(vocabulary.conceptIdsOf(Vocabulary.PARTIES, c.addressees))
                .topics(vocabulary.conceptIdsOf(Vocabulary.TOPICS, c.topics))
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

    private org.commitmenttracker.rules.facts.Criteria toFact(Criteria criteria) {
        return new org.commitmenttracker.rules.facts.Criteria(
                vocabulary.conceptIdsOf(Vocabulary.EVENT_TYPES, criteria.eventTypes()),
                vocabulary.conceptIdsOf(Vocabulary.TOPICS, criteria.topics()),
                vocabulary.conceptIdsOf(Vocabulary.PARTIES, criteria.parties()));
    }
}
