package org.commitmenttracker.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of evaluation runs, under {@code tracker.evaluation.} */
@ConfigMapping(prefix = "tracker.evaluation")
public interface EvaluationConfig {

    /** Evaluate every commitment as of today once seeds are loaded. */
    @WithDefault("true")
    boolean onStart();

    /** Evaluate as of today on the schedule below. */
    @WithDefault("true")
    boolean scheduled();

    /** When, as a Quartz cron expression in tracker.zone; daily just after midnight by default. */
    @WithDefault("0 5 0 * * ?")
    String schedule();

    /** The earliest as-of date accepted: earlier ones are refused as mistakes. */
    @WithDefault("1945-01-01")
    LocalDate earliestAsOf();

    /** How far past today an as-of date (a projection) may reach. */
    @WithDefault("P10Y")
    Period projectionHorizon();

    /** Evaluate as of today again once a change that can move a status is committed. */
    @WithDefault("true")
    boolean refreshOnChange();

    /** How long a refresh waits for more changes, so that a burst of them shares one run. */
    @WithDefault("2s")
    Duration refreshDelay();

    /**
     * Re-decide only what recorded events touch, from the facts of the current run kept in memory, rather than
     * evaluate everything again; a full evaluation whenever that cannot be shown to decide the same.
     */
    @WithDefault("true")
    boolean liveUpdates();

    /** Commitments per rule session: bounds the memory of one evaluation. */
    @WithDefault("1000")
    int sliceSize();

    /** How long the current run's id is kept between reads; another instance's new run is seen within it. */
    @WithDefault("1s")
    Duration currentRunCache();

    /** Rule sessions run at a time; one per processor when not set. */
    OptionalInt parallelism();
}
