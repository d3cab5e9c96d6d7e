package org.commitmenttracker.rules;

import java.util.Comparator;

import org.commitmenttracker.rules.facts.Finding;

/** A finding with the rule that inserted it and that rule's {@code @precedence} (0 when it declares none). */
record RuledFinding(Finding finding, String rule, int precedence) {

    /** Highest precedence first; equal precedence falls back to the rule name, so the choice never depends on firing order. */
    static final Comparator<RuledFinding> WINNER_FIRST = Comparator.comparingInt(RuledFinding::precedence).reversed()
            .thenComparing(RuledFinding::rule);

    String describe() {
        return "\"" + rule + "\" (" + finding.getStatus() + ", precedence " + precedence + ")";
    }
}
