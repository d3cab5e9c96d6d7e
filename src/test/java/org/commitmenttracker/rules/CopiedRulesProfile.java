package org.commitmenttracker.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the service on a copy of rules/, so that tests may edit the files. */
public class CopiedRulesProfile implements QuarkusTestProfile {

    public static final Path COPY = Path.of("target", "rules-under-test");

    @Override
    public Map<String, String> getConfigOverrides() {
        copy(ShippedRules.FOLDER, COPY);
        return Map.of("tracker.rules.folder", COPY.toString());
    }

    /** The profile the suite runs with (test, or test,postgresql), so that these tests use the same database. */
    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }

    /** Copies a folder tree, replacing what is at the target. */
    public static void copy(Path from, Path to) {
        try {
            if (Files.exists(to)) {
                try (Stream<Path> old = Files.walk(to)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path source : files.toList()) {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
