package org.commitmenttracker.scenario;

import java.util.List;

/** The scenarios of rules/tests run against one rules version. */
public record ScenarioReport(String rulesVersion, int passed, int failed, List<ScenarioResult> results) {

    public static ScenarioReport of(String rulesVersion, List<ScenarioResult> results) {
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new ScenarioReport(rulesVersion, passed, results.size() - passed, results);
    }
}
