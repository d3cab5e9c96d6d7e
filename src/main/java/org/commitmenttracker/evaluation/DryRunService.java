package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleCompilationException;
import org.commitmenttracker.rules.RuleFile;
import org.commitmenttracker.rules.RuntimeProblems;

/**
 * Dry runs: what an evaluation would decide, with the active rules or with submitted rule and vocabulary files laid
 * over them, and how that differs from the current run. Nothing is stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DryRunService {

    private final ActiveRules rules;
    private final EvaluationService evaluation;
    private final RunService runs;
    private final OutcomeRepository outcomes;

    public DryRunService(ActiveRules rules, EvaluationService evaluation, RunService runs, OutcomeRepository outcomes) {
        this.rules = rules;
        this.evaluation = evaluation;
        this.runs = runs;
        this.outcomes = outcomes;
    }

    /**
     * Evaluates as of the date without storing anything: with the active rules, or with the active files overlaid by
     * the given ones (compiled for this call only; a 422 with file and line when they do not compile, or naming the
     * rule that fails when run). The answer
     * carries the impact: each commitment whose status would differ from the current run's, with both explanations.
     */
    public DryRunView dryRun(LocalDate asOf, List<RuleFile> changedFiles) {
        RuleBase ruleBase = changedFiles.isEmpty() ? rules.current() : rules.compileOverlay(changedFiles);
        List<Decision> decisions;
        try {
            decisions = evaluation.decideWithoutStoring(asOf, ruleBase);
        } catch (RuntimeException e) {
            throw RuntimeProblems.ofRule(e, ruleBase, "the stored commitments as of " + asOf)
                    .map(problem -> new RuleCompilationException(List.of(problem))).orElseThrow(() -> e);
        }
        Optional<EvaluationRun> current = runs.currentRun();
        RuleImpact impact = current.map(run -> RuleImpact.between(run, outcomes.ofRun(run.id), asOf, decisions))
                .orElse(null);
        return new DryRunView(asOf, ruleBase.version(), decisions.size(), EvaluationService.countByStatus(decisions),
                impact, decisions);
    }
}
