package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.facts.Status;

/**
 * What a dry run would change against the current run: each commitment whose status would differ, with the rule and
 * explanation of both; the commitments only one of them judges; how many keep their status.
 */
public record RuleImpact(Long currentRunId, LocalDate currentAsOf, String currentRulesVersion, boolean asOfMoved,
                         List<Change> changed, List<String> newlyJudged, List<String> noLongerJudged, int unchanged) {

    /** One commitment whose status would change. */
    public record Change(String commitmentId, Status currentStatus, Status newStatus, String currentRule,
                         String newRule, String currentExplanation, String newExplanation) {
    }

    static RuleImpact between(EvaluationRun current, List<Outcome> currentOutcomes, LocalDate asOf,
                              List<Decision> decisions) {
        Map<String, Outcome> before = currentOutcomes.stream()
                .collect(Collectors.toMap(o -> o.commitmentId, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, Decision> after = decisions.stream()
                .collect(Collectors.toMap(Decision::commitmentId, Function.identity(), (a, b) -> a, TreeMap::new));
        List<Change> changed = new ArrayList<>();
        List<String> newlyJudged = new ArrayList<>();
        int unchanged = 0;
        for (Decision d : after.values()) {
            Outcome o = before.get(d.commitmentId());
            if (o == null) {
                newlyJudged.add(d.commitmentId());
            } else if (o.status != d.status()) {
                changed.add(new Change(d.commitmentId(), o.status, d.status(), o.rule, d.rule(), o.explanation,
                        d.explanation()));
            } else {
                unchanged++;
            }
        }
        Set<String> judged = after.keySet();
        List<String> noLongerJudged = before.keySet().stream().filter(id -> !judged.contains(id)).toList();
        return new RuleImpact(current.id, current.asOf, current.rulesVersion, !current.asOf.equals(asOf), changed,
                newlyJudged, noLongerJudged, unchanged);
    }
}
