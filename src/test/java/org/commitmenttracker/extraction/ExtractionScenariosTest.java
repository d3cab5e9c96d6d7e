package org.commitmenttracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every extraction scenario under rules/tests/extraction/ passes with the shipped rules, each as its own test. */
class ExtractionScenariosTest {

    private static final Path RULES = Path.of("rules");
    private static final RuleBase SHIPPED = new RuleBaseLoader().load(RULES);

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPasses() throws IOException {
        List<ExtractionScenarios.Result> results = ExtractionScenarios.runAll(SHIPPED,
                RULES.resolve(ExtractionScenarios.FOLDER));
        assertThat(results).isNotEmpty();
        return results.stream().map(r -> DynamicTest.dynamicTest(r.file(),
                () -> assertThat(r.failures()).as(r.description()).isEmpty()));
    }

    @Test
    void aScenarioThatTheRulesDoNotMeetFailsSayingWhy(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("wrong.yaml"), """
                statedOn: 2024-01-01
                text: "The two sides agreed to meet every year. They did not agree to trade."
                expect:
                  - {quote: "agreed to meet every year", kind: ONE_OFF}
                  - {quote: "agreed to trade"}
                absent: ["meet"]
                exhaustive: true
                """);
        ExtractionScenarios.Result result = ExtractionScenarios.run(SHIPPED, folder.resolve("wrong.yaml"));
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).containsExactly(
                "\"agreed to meet every year\": expected kind ONE_OFF, got RECURRING",
                "no candidate quotes \"agreed to trade\"; found [\"agreed to meet every year\"]",
                "\"meet\" should be in no candidate, but is in \"agreed to meet every year\" (cues [agreed to])",
                "expected exactly 2 candidate(s), found 1: [agreed to meet every year]");
    }

    @Test
    void anUnreadableScenarioFailsNamingTheProblem(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bad.yaml"), "text: [unclosed\n");
        assertThat(ExtractionScenarios.run(SHIPPED, folder.resolve("bad.yaml")).failures()).singleElement()
                .asString().startsWith("cannot be read");
    }
}
