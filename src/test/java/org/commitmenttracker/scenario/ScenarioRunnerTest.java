package org.commitmenttracker.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.rules.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario whose expectation is wrong fails, and says what was expected, what came, and why. */
class ScenarioRunnerTest {

    static final String SCENARIO = """
            commitments:
              - id: visit
                kind: ONE_OFF
                statedOn: 2021-01-07
                deadline: 2021-12-10
                actors: [KOR]
                topics: [defence]
                evidence: {eventTypes: [meeting]}
            checks:
              - asOf: 2021-12-11
                expect:
                  - {commitment: visit, status: FULFILLED}
                  - {commitment: nobody, status: PENDING}
            """;

    @Test
    void aWrongExpectationFailsWithExpectedActualAndExplanation(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("wrong.yaml"), SCENARIO);
        List<ScenarioResult> results = ScenarioRunner.runAll(ShippedRules.get(), folder);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.name()).isEqualTo("wrong.yaml as of 2021-12-11");
            assertThat(r.failures()).contains("visit: expected FULFILLED, got OVERDUE", "deadline 2021-12-10",
                    "nobody: expected PENDING, got null");
        });
    }

    @Test
    void anUnreadableScenarioFailsWithItsError(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("broken.yaml"), "checks: [ {asOf: not-a-date} ]\n");
        List<ScenarioResult> results = ScenarioRunner.runAll(ShippedRules.get(), folder);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.error()).contains("cannot be read");
        });
    }
}
