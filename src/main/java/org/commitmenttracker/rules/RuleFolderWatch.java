package org.commitmenttracker.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.commitmenttracker.TrackerConfig;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * In dev mode, reloads the rules when a file under the rules folder changes, as a reload request would: a broken
 * file is logged with its file and line and the previous rules keep serving. Polls the folder's version, which
 * costs one read of a few small files.
 */
@ApplicationScoped
public class RuleFolderWatch {

    private final ActiveRules rules;
    private String lastRefused;

    public RuleFolderWatch(ActiveRules rules) {
        this.rules = rules;
    }

    @Scheduled(every = "${tracker.rules.watch-interval}", delayed = "${tracker.rules.watch-interval}",
            skipExecutionIf = WatchOff.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadIfChanged() {
        String onDisk = rules.versionOnDisk();
        if (onDisk.equals(rules.current().version()) || onDisk.equals(lastRefused)) {
            return;
        }
        try {
            rules.reload("rules-folder-watch");
            lastRefused = null;
        } catch (RuleCompilationException e) {
            lastRefused = onDisk;
            Log.errorf("Rule files changed but do not compile; the previous rules keep serving.%n%s", e.getMessage());
        }
    }

    /** Skips the check unless tracker.rules.watch is on. */
    @Singleton
    static class WatchOff implements Scheduled.SkipPredicate {

        private final TrackerConfig config;

        WatchOff(TrackerConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.rules().watch();
        }
    }
}
