package org.commitmenttracker.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.commitmenttracker.rules.facts.Finding;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.rules.facts.Term;

/**
 * The verdict on one commitment: the winning rule's finding, every rule that fired for the commitment (in the order
 * each first fired), when several rules reached a finding a sentence saying which one won and why, and for a
 * commitment whose actors act separately each actor's own verdict (empty otherwise).
 */
public record Decision(String commitmentId, Status status, String rule, String explanation, List<String> evidenceIds,
                       LocalDate nextDue, Integer occurrences, List<String> firedRules, String resolution,
                       LocalDate termStart, String triggerEventId, List<PartyDecision> parties) {

    static Decision resolve(String commitmentId, List<RuledFinding> findings, List<String> fired, Term term) {
        LocalDate start = term == null ? null : term.getStart();
        String trigger = term == null || term.getTriggerEvent() == null ? null : term.getTriggerEvent().getId();
        if (findings.isEmpty()) {
            return new Decision(commitmentId, Status.UNDECIDED, null,
                    "No rule reached a verdict on this commitment.", List.of(), null, null, fired, null, start, trigger,
                    List.of());
        }
        RuledFinding winner = findings.stream().sorted(RuledFinding.WINNER_FIRST).findFirst().orElseThrow();
        Finding finding = winner.finding();
        return new Decision(commitmentId, finding.getStatus(), winner.rule(), finding.getExplanation(),
                finding.getEvidenceIds(), finding.getNextDue(), finding.getOccurrences(), fired,
                resolution(winner, findings), start, trigger, List.of());
    }

    private static String resolution(RuledFinding winner, List<RuledFinding> findings) {
        if (findings.size() == 1) {
            return null;
        }
        String others = findings.stream().filter(f -> f != winner).map(RuledFinding::describe)
                .collect(Collectors.joining(", "));
        boolean tie = findings.stream().anyMatch(f -> f != winner && f.precedence() == winner.precedence());
        return "Rule " + winner.describe() + " won over " + others
                + (tie ? ": equal precedence, decided by rule name." : ": higher precedence.");
    }
}
