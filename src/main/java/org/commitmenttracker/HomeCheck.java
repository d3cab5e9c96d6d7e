package org.commitmenttracker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks, before anything starts, that the home holds the folders the service reads, so that a start from the wrong
 * folder says what it tried and which setting to change, and creates nothing (no data/, no database file). Reads
 * the settings as system properties or environment variables, the ways they are given at start.
 */
final class HomeCheck {

    private HomeCheck() {
    }

    /** One line per missing folder; empty when all is in place. */
    static List<String> problems() {
        Path home = home();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(home)) {
            problems.add("The home folder " + home + " does not exist. Set tracker.home (TRACKER_HOME) to the folder "
                    + "that holds rules/ and seeds/.");
            return problems;
        }
        check(home, "tracker.rules.folder", "rules", problems);
        if (Boolean.parseBoolean(setting("tracker.seeds.load-on-start", "true"))) {
            check(home, "tracker.seeds.folder", "seeds", problems);
        }
        return problems;
    }

    /** The rules folder the settings given at start name. */
    static Path rulesFolder() {
        return home().resolve(setting("tracker.rules.folder", "rules")).normalize();
    }

    private static Path home() {
        return Path.of(setting("tracker.home", ".")).toAbsolutePath().normalize();
    }

    private static void check(Path home, String key, String fallback, List<String> problems) {
        Path folder = home.resolve(setting(key, fallback)).normalize();
        if (!Files.isDirectory(folder)) {
            problems.add("No " + fallback + " folder at " + folder + ". Start from the folder that holds " + fallback
                    + "/, or set tracker.home (TRACKER_HOME) to it, or set " + key + " (" + envName(key) + ").");
        }
    }

    private static String setting(String key, String fallback) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(envName(key));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
