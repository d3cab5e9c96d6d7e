package org.commitmenttracker.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.commitmenttracker.rules.facts.Status;

/** The outcome of one check of one scenario file; {@code error} is set when the file could not be read. */
public record ScenarioResult(String file, String description, LocalDate asOf, List<Verdict> verdicts, String error) {

    public boolean passed() {
        return error == null && verdicts.stream().allMatch(Verdict::passed);
    }

    /** A readable name for a test report: "deadlines.yaml as of 2021-12-10". */
    public String name() {
        return file + (asOf == null ? "" : " as of " + asOf);
    }

    /** Every failed expectation, with expected and actual status and rule, and the explanation. */
    public String failures() {
        if (error != null) {
            return error;
        }
        return verdicts.stream().filter(v -> !v.passed()).map(Verdict::describe).collect(Collectors.joining("\n"));
    }

    /** One expectation against what the rules decided. */
    public record Verdict(String commitment, Status expectedStatus, String expectedRule, Status actualStatus,
                          String actualRule, String explanation) {

        public boolean passed() {
            return expectedStatus == actualStatus && (expectedRule == null || expectedRule.equals(actualRule));
        }

        String describe() {
            return commitment + ": expected " + expectedStatus + (expectedRule == null ? "" : " by \"" + expectedRule + "\"")
                    + ", got " + actualStatus + " by " + (actualRule == null ? "no rule" : "\"" + actualRule + "\"")
                    + " -- " + explanation;
        }
    }
}
