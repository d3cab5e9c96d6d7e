package org.commitmenttracker.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A fresh, empty database, no seeds and no evaluation at start. By default an H2 file, as the default run uses;
 * with -Dbench.store=postgresql the PostgreSQL server named by TRACKER_DB_URL (cleaned first). -Dbench.cache=false
 * turns the status-listing cache off to measure the database path; -Dbench.h2-options=";CACHE_SIZE=131072" adds
 * settings to the H2 URL. The H2 URL's settings are the service's own (each commit written before it returns).
 */
public class ScaleBenchmarkProfile implements QuarkusTestProfile {

    private static final boolean POSTGRES = "postgresql".equals(System.getProperty("bench.store"));

    @Override
    public String getConfigProfile() {
        return POSTGRES ? "test,postgresql" : "test";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(Map.of(
                "tracker.seeds.load-on-start", "false",
                "tracker.evaluation.on-start", "false",
                "quarkus.cache.enabled", System.getProperty("bench.cache", "true"),
                // as the service runs, not as the tests do (2,000 rows, to exercise several chunks)
                "tracker.intake.commit-rows", System.getProperty("bench.import.commit-rows", "50000")));
        if (POSTGRES) {
            config.put("quarkus.flyway.clean-disabled", "false");
            config.put("quarkus.flyway.clean-at-start", "true");
        } else {
            removeEarlierFiles();
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/benchmarks/tracker-"
                    + System.currentTimeMillis() + ";AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=64;WRITE_DELAY=0"
                    + System.getProperty("bench.h2-options", ""));
        }
        return config;
    }

    /** Earlier runs' database files: a 1,000,000-row import leaves gigabytes, and runs add up until the disk is full. */
    private static void removeEarlierFiles() {
        try (Stream<Path> files = Files.list(Path.of("target", "benchmarks"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("tracker-")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException e) {
            // no earlier run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
