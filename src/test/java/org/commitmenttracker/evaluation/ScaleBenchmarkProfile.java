package org.commitmenttracker.evaluation;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A fresh H2 file database (as the default run uses), no seeds and no evaluation at start; -Dbench.cache=false turns
 * the status-listing cache off to measure the database path.
 */
public class ScaleBenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:file:./target/benchmarks/tracker-" + System.currentTimeMillis() + ";AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=64",
                "tracker.seeds.load-on-start", "false",
                "tracker.evaluation.on-start", "false",
                "quarkus.cache.enabled", System.getProperty("bench.cache", "true"));
    }
}
