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

/**
 * The service-wide settings, under the {@code tracker.} prefix of application.properties; each feature reads its own
 * group through a mapping of its own (IntakeConfig, AlertConfig, EvaluationConfig, ExtractionConfig, SeedConfig).
 */
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

    Paging paging();

    Vocabulary vocabulary();

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

    interface Vocabulary {
        /** Refuse terms that no concept of the vocabulary has (400), instead of storing them with a warning. */
        @WithDefault("false")
        boolean strict();
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
