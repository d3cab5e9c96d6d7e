package org.commitmenttracker.extraction.facts;

import org.commitmenttracker.rules.facts.Kind;

/** A kind the clause's words point to, why, and how much that reading outranks others (higher wins). */
public record KindGuess(Clause clause, Kind kind, String reason, int priority) {
}
