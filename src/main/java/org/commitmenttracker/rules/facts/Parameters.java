package org.commitmenttracker.rules.facts;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What rule authors tune in rules/parameters.yaml: the windows the status rules read, and the compliance score each
 * status counts for in scorecards.
 */
public final class Parameters {

    /**
     * The G7 Research Group's scale: kept +1, on the way 0, broken -1; pending, dormant and undecided are left out.
     */
    public static final Map<Status, Double> DEFAULT_SCORES = Map.of(Status.FULFILLED, 1.0, Status.ON_TRACK, 0.0,
            Status.IN_PROGRESS, 0.0, Status.DUE_SOON, 0.0, Status.OVERDUE, -1.0, Status.STALLED, -1.0);

    private final Period dueSoonWindow;
    private final Period defaultReviewWindow;
    private final Map<Status, Double> scores;

    public Parameters(Period dueSoonWindow, Period defaultReviewWindow) {
        this(dueSoonWindow, defaultReviewWindow, DEFAULT_SCORES);
    }

    public Parameters(Period dueSoonWindow, Period defaultReviewWindow, Map<Status, Double> scores) {
        this.dueSoonWindow = dueSoonWindow;
        this.defaultReviewWindow = defaultReviewWindow;
        this.scores = scores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scores));
    }

    /** The compliance score a status counts for; empty for a status left out of scores. */
    public OptionalDouble scoreOf(Status status) {
        Double score = scores.get(status);
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    public Map<Status, Double> getScores() {
        return scores;
    }

    /** How long before a deadline a commitment without evidence counts as due soon. */
    public Period getDueSoonWindow() {
        return dueSoonWindow;
    }

    /** How recent the last evidence of an ongoing commitment must be when the commitment names no window. */
    public Period getDefaultReviewWindow() {
        return defaultReviewWindow;
    }

    @Override
    public String toString() {
        return "due soon within " + dueSoonWindow + ", default review window " + defaultReviewWindow;
    }
}
