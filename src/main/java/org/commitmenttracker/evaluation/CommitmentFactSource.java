package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.TriggerRecord;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * The stored commitments an evaluation judges, as facts with their terms resolved by the vocabulary given. Evaluation
 * owns this port and the commitment feature implements it, so that evaluation never reads a feature's tables.
 */
public interface CommitmentFactSource {

    /** Every commitment stated by the day, each with its trigger's latest record from {@code triggersMet}, if any. */
    List<CommitmentFact> statedBy(LocalDate day, Vocabulary vocabulary, Map<String, TriggerRecord> triggersMet);

    /** The latest commitments stated by the day, at most {@code limit} of them (a sample to try rules on). */
    List<CommitmentFact> latestStatedBy(LocalDate day, int limit, Vocabulary vocabulary);
}
