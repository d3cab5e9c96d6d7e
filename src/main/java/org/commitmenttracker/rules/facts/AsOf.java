package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The date the evaluation is made for. Events after it are not known yet. */
public final class AsOf {

    private final LocalDate date;

    public AsOf(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }

    /** Whole days from the given earlier day to the as-of date. */
    public long daysSince(LocalDate earlier) {
        return ChronoUnit.DAYS.between(earlier, date);
    }

    /** Whole days from the as-of date to the given later day. */
    public long daysUntil(LocalDate later) {
        return ChronoUnit.DAYS.between(date, later);
    }

    @Override
    public String toString() {
        return "as of " + date;
    }
}
