package org.commitmenttracker.intake;

import jakarta.inject.Singleton;

import org.commitmenttracker.TrackerConfig;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Skips a look at the inbox folders unless tracker.intake.inbox.enabled is on. */
@Singleton
public class InboxOff implements Scheduled.SkipPredicate {

    private final TrackerConfig config;

    InboxOff(TrackerConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.intake().inbox().enabled();
    }
}
