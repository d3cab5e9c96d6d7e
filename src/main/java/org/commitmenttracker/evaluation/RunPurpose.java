package org.commitmenttracker.evaluation;

import java.time.LocalDate;

/** What a run is for, fixed by its as-of date against the day it was made. Only a current run gives statuses. */
public enum RunPurpose {

    /** As of the day it was made: the latest of these gives every commitment its current status. */
    CURRENT,
    /** As of a past date: what was known and decided then. Stored and browsable, never current. */
    REPLAY,
    /** As of a future date: what will be overdue by then if nothing new happens. Never current. */
    PROJECTION;

    public static RunPurpose of(LocalDate asOf, LocalDate today) {
        if (asOf.isBefore(today)) {
            return REPLAY;
        }
        return asOf.isAfter(today) ? PROJECTION : CURRENT;
    }
}
