package org.commitmenttracker.alert;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of alerts (digests and webhooks), under {@code tracker.alerts.} */
@ConfigMapping(prefix = "tracker.alerts")
public interface AlertConfig {

    /** When daily e-mail digests go out (Quartz cron, in tracker.zone). */
    @WithDefault("0 0 6 * * ?")
    String dailyDigest();

    /** When weekly e-mail digests go out. */
    @WithDefault("0 0 6 ? * MON")
    String weeklyDigest();

    Webhooks webhooks();

    interface Webhooks {
        /** How often due deliveries are looked for ("off" to only send right after a current run). */
        @WithDefault("10s")
        String poll();

        /** Accept targets on loopback, private, link-local and other non-public addresses (off in production). */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** How long one delivery may take, connecting and answering. */
        @WithDefault("10s")
        Duration timeout();

        /** The wait before the first retry; each further retry waits twice as long, up to the longest wait. */
        @WithDefault("30s")
        Duration firstRetry();

        /** The longest wait between two attempts. */
        @WithDefault("6h")
        Duration longestRetry();

        /** Attempts at one delivery before the subscription is disabled. */
        @WithDefault("12")
        int maxAttempts();

        /** How long an instance holds a delivery it is sending before another may take it over. */
        @WithDefault("2m")
        Duration claim();

        /** Deliveries sent per round. */
        @WithDefault("100")
        int batchSize();
    }
}
