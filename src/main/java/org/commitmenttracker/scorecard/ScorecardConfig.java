package org.commitmenttracker.scorecard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of scorecards, under {@code tracker.scorecards.} */
@ConfigMapping(prefix = "tracker.scorecards")
public interface ScorecardConfig {

    /** Count a current run per group as soon as it is stored, so that the first trend that needs it is quick. */
    @WithDefault("true")
    boolean tallyAfterRun();

    /** The most periods one trend may have (each reads one run's counts). */
    @WithDefault("400")
    int maxPeriods();

    /** The most lines (a group in a period) one trend may have: a daily trend of every party is megabytes. */
    @WithDefault("20000")
    int maxLines();

    default ScorecardTrend.Limits limits() {
        return new ScorecardTrend.Limits(maxPeriods(), maxLines());
    }
}
