package org.commitmenttracker.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commitmenttracker.rules.facts.Status;

/**
 * Which commitments changed status between two runs and why (new evidence, a new rules version, a moved as-of
 * date), which appear in only one of them, and how many kept their status.
 */
public record RunDiff(RunView from, RunView to, boolean asOfMoved, boolean rulesVersionChanged,
                      List<StatusChange> changed, List<String> onlyInFrom, List<String> onlyInTo, int unchanged) {

    /** One commitment whose status differs between the runs. */
    public record StatusChange(String commitmentId, Status fromStatus, Status toStatus, String fromRule,
                               String toRule, List<String> reasons, String explanation) {
    }

    static RunDiff between(EvaluationRun from, List<Outcome> fromOutcomes, EvaluationRun to, List<Outcome> toOutcomes) {
        Map<String, Outcome> before = byCommitment(fromOutcomes);
        Map<String, Outcome> after = byCommitment(toOutcomes);
        List<StatusChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (Outcome o : after.values()) {
            Outcome b = before.get(o.commitmentId);
            if (b != null && b.status != o.status) {
                changed.add(new StatusChange(o.commitmentId, b.status, o.status, b.rule, o.rule,
                        OutcomeChange.reasons(b, o), o.explanation));
            } else if (b != null) {
                unchanged++;
            }
        }
        return new RunDiff(RunView.of(from), RunView.of(to), !from.asOf.equals(to.asOf),
                !from.rulesVersion.equals(to.rulesVersion), changed, missingFrom(after, before),
                missingFrom(before, after), unchanged);
    }

    private static Map<String, Outcome> byCommitment(List<Outcome> outcomes) {
        return outcomes.stream().collect(Collectors.toMap(o -> o.commitmentId, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }

    /** Ids in {@code present} that {@code other} lacks, sorted. */
    private static List<String> missingFrom(Map<String, Outcome> other, Map<String, Outcome> present) {
        return present.keySet().stream().filter(id -> !other.containsKey(id)).toList();
    }
}
