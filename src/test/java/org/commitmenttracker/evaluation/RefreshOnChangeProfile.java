package org.commitmenttracker.evaluation;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the service with the current run refreshed after each committed change, as it runs outside tests. */
public class RefreshOnChangeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tracker.evaluation.refresh-on-change", "true",
                "tracker.evaluation.refresh-delay", "2s");
    }

    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }
}
