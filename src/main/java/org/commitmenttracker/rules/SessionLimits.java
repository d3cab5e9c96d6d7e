package org.commitmenttracker.rules;

import java.time.Duration;

/**
 * How far one rule session may run before it is stopped as a runaway: at most {@code baseFirings} plus
 * {@code firingsPerFact} for each fact inserted, and at most {@code timeout} of wall-clock time. A rule that updates
 * the fact it matches (without no-loop) or inserts without end hits one of them instead of filling the heap.
 * Configured as tracker.rules.limits.*.
 */
public record SessionLimits(long baseFirings, long firingsPerFact, Duration timeout) {

    /** No limit at all: for rule bases compiled outside the service (the validate command, some tests). */
    public static final SessionLimits NONE = new SessionLimits(Long.MAX_VALUE, 0, Duration.ofDays(365));

    /** The largest number of firings a session over that many facts may make. */
    public long firingsFor(long facts) {
        try {
            return Math.addExact(baseFirings, Math.multiplyExact(facts, firingsPerFact));
        } catch (ArithmeticException beyondCounting) {
            return Long.MAX_VALUE;
        }
    }
}
