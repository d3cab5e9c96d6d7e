package org.commitmenttracker.rules.facts;

/** The verdicts a rule can reach about a commitment on a given as-of date. */
public enum Status {
    FULFILLED,
    ON_TRACK,
    IN_PROGRESS,
    PENDING,
    DUE_SOON,
    OVERDUE,
    STALLED,
    DORMANT,
    /** No rule reached a verdict: the rules do not cover this commitment. */
    UNDECIDED
}
