package org.commitmenttracker.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.commitmenttracker.rules.ShippedRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every check of every scenario in rules/tests runs as its own test against the shipped rules. */
class RuleScenariosTest {

    static final Path SCENARIOS = ShippedRules.FOLDER.resolve(ScenarioRunner.FOLDER);

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() throws IOException {
        List<ScenarioResult> results = ScenarioRunner.runAll(ShippedRules.get(), SCENARIOS);
        assertThat(results).as("scenarios under %s", SCENARIOS).isNotEmpty();
        return results.stream().map(result -> DynamicTest.dynamicTest(result.name(),
                () -> assertThat(result.passed()).as(result.failures()).isTrue()));
    }
}
