package org.commitmenttracker.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.CommitmentScoped;
import org.commitmenttracker.rules.facts.Term;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records, per commitment, every rule that fired on a match involving it (its CommitmentFact or a fact about it),
 * in the order each first fired.
 */
final class FiringRecorder extends DefaultAgendaEventListener {

    private final Map<String, Set<String>> firedByCommitment = new HashMap<>();
    private final Map<String, Term> terms = new HashMap<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        for (Object fact : event.getMatch().getObjects()) {
            String commitmentId = commitmentOf(fact);
            if (commitmentId != null) {
                firedByCommitment.computeIfAbsent(commitmentId, id -> new LinkedHashSet<>()).add(rule);
            }
            if (fact instanceof Term term) {
                terms.putIfAbsent(term.getCommitmentId(), term);
            }
        }
    }

    /** The commitment's term, if a rule matched on it (it has none while a condition is unmet). */
    Term termOf(String commitmentId) {
        return terms.get(commitmentId);
    }

    List<String> firedFor(String commitmentId) {
        return List.copyOf(firedByCommitment.getOrDefault(commitmentId, Set.of()));
    }

    private static String commitmentOf(Object fact) {
        if (fact instanceof CommitmentFact commitment) {
            return commitment.getId();
        }
        return fact instanceof CommitmentScoped scoped ? scoped.getCommitmentId() : null;
    }
}
