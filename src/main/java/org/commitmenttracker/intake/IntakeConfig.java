package org.commitmenttracker.intake;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of event intake (imports and the inbox), under {@code tracker.intake.} */
@ConfigMapping(prefix = "tracker.intake")
public interface IntakeConfig {

    /** The largest file an import accepts, in bytes (the HTTP body limit is raised to match). */
    @WithDefault("536870912")
    long maxFileSize();

    /** How many times its own size a zip may expand to before it is refused as a zip bomb. */
    @WithDefault("100")
    int maxZipExpansion();

    /** How many bad rows a refusal or report lists. */
    @WithDefault("100")
    int problemsListed();

    /** How long one transaction of an import (a chunk of its rows, or its suggestions) may take. */
    @WithDefault("PT1H")
    Duration timeout();

    /**
     * How many rows an import writes per transaction: a crash loses at most one uncommitted chunk, which the
     * database recovers quickly; the import's earlier chunks stay hidden until it succeeds, and are deleted if it
     * does not.
     */
    @WithDefault("50000")
    int commitRows();

    /** How often an instance says that the imports it runs are still running. */
    @WithDefault("15s")
    Duration heartbeat();

    /** How long after its last heartbeat a running import counts as interrupted, and is marked failed. */
    @WithDefault("2m")
    Duration lease();

    Inbox inbox();

    interface Inbox {
        /** Import the files dropped into the folder, then move each to done/ or failed/ with its report. */
        @WithDefault("true")
        boolean enabled();

        /** The watched folder, relative to the home. */
        @WithDefault("data/inbox")
        String folder();

        /** How often the folder is looked at. */
        @WithDefault("10s")
        Duration interval();

        /** A file is taken only once it has not changed for this long, so that half-copied files wait. */
        @WithDefault("2s")
        Duration settle();
    }
}
