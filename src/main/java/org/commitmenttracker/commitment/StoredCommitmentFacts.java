package org.commitmenttracker.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.evaluation.CommitmentFactSource;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.TriggerRecord;
import org.commitmenttracker.vocabulary.Vocabulary;

/** The stored commitments as evaluation reads them. */
@ApplicationScoped
class StoredCommitmentFacts implements CommitmentFactSource {

    private final CommitmentRepository commitments;

    StoredCommitmentFacts(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    @Override
    public List<CommitmentFact> statedBy(LocalDate day, Vocabulary vocabulary,
                                         Map<String, TriggerRecord> triggersMet) {
        CommitmentFacts facts = new CommitmentFacts(vocabulary);
        return commitments.statedBy(day).stream().map(c -> facts.toFact(c, triggersMet.get(c.id))).toList();
    }

    @Override
    public List<CommitmentFact> latestStatedBy(LocalDate day, int limit, Vocabulary vocabulary) {
        CommitmentFacts facts = new CommitmentFacts(vocabulary);
        return commitments.latestStatedBy(day, limit).stream().map(facts::toFact).toList();
    }
}
