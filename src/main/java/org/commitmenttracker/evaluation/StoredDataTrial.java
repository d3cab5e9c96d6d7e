package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseTrial;
import org.commitmenttracker.rules.RuleProblem;
import org.commitmenttracker.rules.RuntimeProblems;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;

/**
 * Runs new rules on the stored data before a reload activates them: the latest stated commitments with the latest
 * events, as of today, nothing stored. Bounded (tracker.rules.trial.*) so that a reload stays quick at any scale;
 * the evaluation that follows the reload decides everything.
 */
@ApplicationScoped
public class StoredDataTrial implements RuleBaseTrial {

    private final CommitmentFactSource commitments;
    private final EventFactSource events;
    private final Today today;
    private final TrackerConfig.Rules.Trial limits;

    public StoredDataTrial(CommitmentFactSource commitments, EventFactSource events, Today today,
                           TrackerConfig config) {
        this.commitments = commitments;
        this.events = events;
        this.today = today;
        this.limits = config.rules().trial();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleProblem> tryOut(RuleBase candidate) {
        LocalDate asOf = today.date();
        List<CommitmentFact> judged = commitments.latestStatedBy(asOf, limits.commitments(), candidate.vocabulary());
        List<EventFact> known = events.latestTrustedKnownOn(asOf, limits.events(), candidate.vocabulary());
        try {
            candidate.decide(judged, known, asOf);
            return List.of();
        } catch (RuntimeException e) {
            return List.of(RuntimeProblems.of(e, candidate, judged.size() + " stored commitment(s) as of " + asOf));
        }
    }
}
