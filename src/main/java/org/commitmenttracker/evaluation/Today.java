package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commitmenttracker.TrackerConfig;

/**
 * Today's date in tracker.zone: the as-of date of the current run. One bean asks the clock, so that tests can stand
 * on any day.
 */
@ApplicationScoped
public class Today {

    private final ZoneId zone;

    @Inject
    public Today(TrackerConfig config) {
        this(config.zone());
    }

    protected Today(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate date() {
        return LocalDate.now(zone);
    }
}
