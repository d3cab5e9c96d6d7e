package org.commitmenttracker.intake;

import jakarta.inject.Singleton;


import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Skips a look at the inbox folders unless tracker.intake.inbox.enabled is on. */
@Singleton
public class InboxOff implements Scheduled.SkipPredicate {

    private final IntakeConfig config;

    InboxOff(IntakeConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.inbox().enabled();
    }
}
