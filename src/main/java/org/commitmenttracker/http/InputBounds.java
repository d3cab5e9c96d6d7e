package org.commitmenttracker.http;

import java.time.LocalDate;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What a date or period in a request body may be. Dates outside the range are refused rather than stored (H2 and the
 * JDK's calendars disagree before year 1, and no release speaks of the year 10000); periods must be at least a day and
 * at most {@code longest-period}.
 */
@ConfigMapping(prefix = "tracker.input")
public interface InputBounds {

    /** The earliest date a request may carry. */
    @WithDefault("1945-01-01")
    LocalDate earliestDate();

    /** The latest date a request may carry. */
    @WithDefault("2100-12-31")
    LocalDate latestDate();

    /** The longest period (cadence, review window, due within) a request may carry. */
    @WithDefault("P20Y")
    Period longestPeriod();
}
