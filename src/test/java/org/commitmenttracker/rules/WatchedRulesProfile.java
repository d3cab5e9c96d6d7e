package org.commitmenttracker.rules;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the service on its own copy of rules/ with the folder watch on, as in dev mode. */
public class WatchedRulesProfile implements QuarkusTestProfile {

    static final Path COPY = Path.of("target", "rules-watched");

    @Override
    public Map<String, String> getConfigOverrides() {
        CopiedRulesProfile.copy(ShippedRules.FOLDER, COPY);
        return Map.of("tracker.rules.folder", COPY.toString(),
                "tracker.rules.watch", "true",
                "tracker.rules.watch-interval", "0.2s");
    }

    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }
}
