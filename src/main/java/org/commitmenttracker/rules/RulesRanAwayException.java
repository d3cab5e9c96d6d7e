package org.commitmenttracker.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule session was stopped by its limits (see {@link SessionLimits}): a rule that keeps re-firing on a fact it
 * updates, or inserts without end. Refused like rules that do not compile, naming the rules that fired most.
 */
public class RulesRanAwayException extends RuleCompilationException {

    /**
     * A rule, how often it fired and how many facts it wrote in the second half of the session's run (when the
     * culprits are looked for), and where it is declared.
     */
    public record Firing(String rule, long times, long wrote, RuleProblem declaredAt) {
    }

    private final String why;
    private final transient List<Firing> mostFired;

    RulesRanAwayException(String why, List<Firing> mostFired) {
        super("The rules " + why, List.of(problem(why, mostFired, "")));
        this.why = why;
        this.mostFired = List.copyOf(mostFired);
    }

    /** The same runaway, described as met while running on {@code on} (a trial's facts, an evaluation's). */
    public RuleProblem problemWhenRunOn(String on) {
        return problem(why, mostFired, " when run on " + on);
    }

    @Override
    public String summary() {
        return "The rules ran past their limits and were stopped; nothing was stored and the active rules are "
                + "unchanged.";
    }

    private static RuleProblem problem(String why, List<Firing> mostFired, String on) {
        String named = mostFired.stream().map(f -> "\"" + f.rule() + "\" fired " + f.times() + " times and wrote "
                + f.wrote() + " facts in the last half (" + f.declaredAt().file() + ":" + f.declaredAt().line() + ")")
                .collect(Collectors.joining(", "));
        String message = "the rules " + why + on + "; likeliest culprits: " + (named.isEmpty() ? "none" : named);
        RuleProblem top = mostFired.isEmpty() ? new RuleProblem("", 0, 0, "") : mostFired.get(0).declaredAt();
        return new RuleProblem(top.file(), top.line(), top.column(), message);
    }
}
