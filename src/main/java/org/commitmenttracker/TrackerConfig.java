package org.commitmenttracker;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every setting of the service, under the {@code tracker.} prefix of application.properties. */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    /** The folder that holds rules/, seeds/ and data/; relative folder settings resolve against it. */
    @WithDefault(".")
    String home();

    /** Where people reach the service, for links in alerts (e-mails, feeds); no trailing slash. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The time zone whose calendar day is "today", the default as-of date. */
    @WithDefault("UTC")
    ZoneId zone();

    /**
     * This instance's name in records several instances share (rules activations, inbox claims); by default the
     * host name and process id.
     */
    Optional<String> instanceName();

    /**
     * Whether an API request without any credentials is refused (401) before its Accept or Content-Type is judged.
     * Off in tests, whose callers are signed in by the test framework without credentials on the wire.
     */
    @WithDefault("true")
    boolean refuseAnonymousFirst();

    /** The longest address (path and query) accepted; longer ones are refused with 414. */
    @WithDefault("8192")
    int maxUriLength();

    /** The largest request body accepted, in bytes, except an import's (see intake). */
    @WithDefault("2097152")
    long maxRequestSize();

    Rules rules();

    Seeds seeds();

    Evaluation evaluation();

    Paging paging();

    Vocabulary vocabulary();

    Intake intake();

    Alerts alerts();

    Extraction extraction();

    /** Users who sign in with HTTP Basic, by name; none by default (see application.properties for dev and test). */
    Map<String, User> users();

    interface Rules {
        /** The rules folder, relative to the home. */
        @WithDefault("rules")
        String folder();

        /** Reload the rules when a file under the folder changes (on in dev mode). */
        @WithDefault("false")
        boolean watch();

        /** How often the watch looks at the folder. */
        @WithDefault("2s")
        Duration watchInterval();

        /**
         * How often this instance looks for a rules version activated by another instance sharing the database, to
         * serve it too; {@code off} never looks.
         */
        @WithDefault("5s")
        String followInterval();

        /** What a reload runs the new rules on before they replace the active ones. */
        Trial trial();

        /** How far one rule session may run before it is stopped as a runaway and its rules refused. */
        Limits limits();

        interface Limits {
            /** Firings any session may make, whatever its size. */
            @WithDefault("100000")
            long firingsBase();

            /** Firings allowed on top for each fact inserted (a commitment, a clause of a release). */
            @WithDefault("1000")
            long firingsPerFact();

            /** Wall-clock time one session may fire for. */
            @WithDefault("60s")
            Duration sessionTimeout();
        }

        interface Trial {
            /** How many stored commitments (the latest stated) the new rules decide as of today. */
            @WithDefault("1000")
            int commitments();

            /** How many stored events (the latest) they see while doing so. */
            @WithDefault("20000")
            int events();
        }
    }

    interface Seeds {
        /** The seeds folder, relative to the home. */
        @WithDefault("seeds")
        String folder();

        /** Load seed records whose ids are not stored yet. */
        @WithDefault("true")
        boolean loadOnStart();
    }

    interface Evaluation {
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

    interface Vocabulary {
        /** Refuse terms that no concept of the vocabulary has (400), instead of storing them with a warning. */
        @WithDefault("false")
        boolean strict();
    }

    interface Extraction {
        /** The longest release text read, in characters once HTML is cleaned (at most 1,000,000, the column's size). */
        @WithDefault("500000")
        int maxCharacters();
    }

    interface Intake {
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
    }

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

    interface Alerts {
        /** When daily e-mail digests go out (Quartz cron, in tracker.zone). */
        @WithDefault("0 0 6 * * ?")
        String dailyDigest();

        /** When weekly e-mail digests go out. */
        @WithDefault("0 0 6 ? * MON")
        String weeklyDigest();

        Webhooks webhooks();
    }

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

    interface User {
        /** The password, or its bcrypt hash ($2a$...); stored only as a bcrypt hash. */
        String password();

        /** Any of viewer, auditor, staff, rules-admin. */
        List<String> roles();
    }

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("200")
        int maxSize();
    }
}
