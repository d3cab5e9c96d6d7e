package org.commitmenttracker.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.evaluation.EvaluationRunRepository;
import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
@TestProfile(CopiedRulesProfile.class)
class RuleResourceTest {

    static final String HOLD = """
            package extra;
            import org.commitmenttracker.rules.facts.*;
            // Staff put every commitment on hold: a test rule that outranks the defaults.
            rule "Every commitment on hold is dormant"
                @precedence(1000)
            when
                $c : CommitmentFact( )
            then
                insert( new Finding( $c.getId(), Status.DORMANT, "On hold.", java.util.List.of(), null ) );
            end
            """;
    static final String BROKEN = """
            package extra;
            import org.commitmenttracker.rules.facts.*;
            rule "Broken"
            when
                NoSuchFact( )
            then
            end
            """;

    static final String THROWS = """
            package extra;
            import org.commitmenttracker.rules.facts.*;

            // Compiles, and divides by zero for every commitment it sees.
            rule "Every commitment divides by zero"
            when
                $c : CommitmentFact( )
            then
                int none = 0;
                System.out.println( $c.getId().length() / none );
            end
            """;

    static final String CLAUSE_THROWS = """
            package extra;
            import org.commitmenttracker.extraction.facts.Clause;

            // Compiles, and fails on the first clause of any release it reads.
            rule "Every clause is read past its end"
            when
                $c : Clause( )
            then
                System.out.println( $c.getText().charAt( 1000000 ) );
            end
            """;

    @Inject
    EvaluationRunRepository runs;

    @Test
    void aReloadRefusesExtractionRulesThatFailOnTheExtractionScenarios() throws IOException {
        Path extra = CopiedRulesProfile.COPY.resolve("extra");
        Files.createDirectories(extra);
        String active = given().get("/api/rules").then().statusCode(200).extract().path("version");
        try {
            Files.writeString(extra.resolve("clauses.drl"), CLAUSE_THROWS);
            given().post("/api/rules/reload").then().statusCode(422)
                    .body("ruleErrors[0].file", equalTo("extra/clauses.drl"))
                    .body("ruleErrors[0].line", equalTo(5))
                    .body("ruleErrors[0].message", allOf(containsString("the extraction scenario tests/extraction/"),
                            containsString("StringIndexOutOfBoundsException")));
        } finally {
            Files.deleteIfExists(extra.resolve("clauses.drl"));
        }
        given().get("/api/rules").then().body("version", equalTo(active));
    }

    @Test
    void aReloadRefusesRulesThatCompileButFailWhenRunAndTheLastGoodRulesKeepServing() throws IOException {
        Path extra = CopiedRulesProfile.COPY.resolve("extra");
        Files.createDirectories(extra);
        String active = given().get("/api/rules").then().statusCode(200).extract().path("version");
        try {
            Files.writeString(extra.resolve("throws.drl"), THROWS);
            given().post("/api/rules/reload").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("ruleErrors[0].file", equalTo("extra/throws.drl"))
                    .body("ruleErrors[0].line", equalTo(5))
                    .body("ruleErrors[0].message", allOf(
                            containsString("rule \"Every commitment divides by zero\" fails when run on"),
                            containsString("ArithmeticException: / by zero")));
            given().get("/api/rules").then().body("version", equalTo(active));
            given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then().statusCode(201)
                    .body("rulesVersion", equalTo(active));

            given().contentType(ContentType.JSON).body(files("extra/throws.drl", THROWS)).post("/api/rules/validate")
                    .then().statusCode(422).body("ruleErrors[0].file", equalTo("extra/throws.drl"));
            given().contentType(ContentType.JSON)
                    .body(Map.of("rules", List.of(Map.of("path", "extra/throws.drl", "content", THROWS))))
                    .post("/api/evaluations?dryRun=true").then().statusCode(422)
                    .body("ruleErrors[0].line", equalTo(5));
        } finally {
            Files.deleteIfExists(extra.resolve("throws.drl"));
        }
        given().get("/api/rules").then().body("version", equalTo(active));
    }

    @Test
    void aReloadSwapsCleanRulesRefusesBrokenOnesAndKeepsTheLastGoodRulesServing() throws IOException {
        Path extra = CopiedRulesProfile.COPY.resolve("extra");
        Files.createDirectories(extra);
        String first = given().get("/api/rules").then().statusCode(200).extract().path("version");
        try {
            Files.writeString(extra.resolve("hold.drl"), HOLD);
            String second = given().post("/api/rules/reload").then().statusCode(200)
                    .body("files.path", hasItem("extra/hold.drl"))
                    .body("loadedBy", equalTo(TestData.USER))
                    .extract().path("version");
            assertThat(second).isNotEqualTo(first);

            Files.writeString(extra.resolve("broken.drl"), BROKEN);
            given().post("/api/rules/reload").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("ruleErrors[0].file", equalTo("extra/broken.drl"))
                    .body("ruleErrors[0].line", equalTo(5))
                    .body("ruleErrors[0].message", org.hamcrest.Matchers.containsString("NoSuchFact"));

            given().get("/api/rules").then().body("version", equalTo(second));
            given().queryParam("action", "RULES_RELOAD_REFUSED").get("/api/audit-log").then()
                    .body("items[0].principal", equalTo(TestData.USER))
                    .body("items[0].detail", org.hamcrest.Matchers.containsString("extra/broken.drl"));
            given().contentType(ContentType.JSON).body(Map.of("asOf", "2022-01-08")).post("/api/evaluations")
                    .then().statusCode(201).body("rulesVersion", equalTo(second))
                    .body("counts.DORMANT", greaterThan(0));

            String original = Files.readString(ShippedRules.FOLDER.resolve("status/deadlines.drl"));
            given().get("/api/rules/versions/{v}", first).then().statusCode(200)
                    .body("files.path", not(hasItem("extra/hold.drl")))
                    .body("files.find { it.path == 'status/deadlines.drl' }.content", equalTo(original));
            given().get("/api/rules/versions").then().body("items.version", hasItem(second))
                    .body("total", greaterThan(1));
            given().get("/api/rules/versions/{v}", second.substring(0, 12)).then().statusCode(200)
                    .body("version", equalTo(second));
            given().get("/api/rules/versions/current").then().statusCode(200).body("version", equalTo(second));
            given().get("/api/rules/versions/latest").then().statusCode(200);
            given().get("/api/rules/versions/{v}", second.substring(0, 11)).then().statusCode(404);
            given().get("/api/rules/versions/{v}", "0".repeat(12)).then().statusCode(404);
        } finally {
            Files.deleteIfExists(extra.resolve("hold.drl"));
            Files.deleteIfExists(extra.resolve("broken.drl"));
            given().post("/api/rules/reload").then().statusCode(200).body("version", equalTo(first));
        }
    }

    @Test
    void validationChecksFilesWithoutLoadingThem() {
        String active = given().get("/api/rules").then().extract().path("version");
        given().contentType(ContentType.JSON).body(files("extra/broken.drl", BROKEN)).post("/api/rules/validate")
                .then().statusCode(422).body("ruleErrors[0].file", equalTo("extra/broken.drl"));
        given().contentType(ContentType.JSON).body(files("extra/hold.drl", HOLD)).post("/api/rules/validate")
                .then().statusCode(200).body("version", not(equalTo(active)))
                .body("files.find { it.path == 'extra/hold.drl' }.rules", hasItem("Every commitment on hold is dormant"));
        given().contentType(ContentType.JSON).body(files("../outside.drl", HOLD)).post("/api/rules/validate")
                .then().statusCode(400).body("errors[0].field", equalTo("files[0].path"));
        given().get("/api/rules").then().body("version", equalTo(active));
    }

    @Test
    void aDryRunWithEditedRulesNamesEachStatusItWouldChangeWithBothExplanations() {
        FixedToday.is("2022-01-08");
        Map<String, Object> commitment = TestData.oneOff(TestData.createSource(), TestData.uniqueTopic(),
                List.of("KOR"), "2021-12-10");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        int current = given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then()
                .statusCode(201).extract().path("id");
        long stored = runs.count();

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations?dryRun=true").then()
                .statusCode(200).body("impact.currentRunId", equalTo(current))
                .body("impact.asOfMoved", equalTo(false)).body("impact.changed", hasSize(0))
                .body("impact.newlyJudged", hasSize(0));
        String change = "impact.changed.find { it.commitmentId == '" + commitment.get("id") + "' }";
        given().contentType(ContentType.JSON).body(Map.of("rules", List.of(Map.of("path", "extra/hold.drl",
                        "content", HOLD)))).post("/api/evaluations?dryRun=true").then().statusCode(200)
                .body(change + ".currentStatus", equalTo("OVERDUE"))
                .body(change + ".newStatus", equalTo("DORMANT"))
                .body(change + ".currentRule", equalTo("Commitment without evidence by its deadline is overdue from "
                        + "the day after"))
                .body(change + ".newRule", equalTo("Every commitment on hold is dormant"))
                .body(change + ".currentExplanation", startsWith("No matching event between 2021-01-07 and the "
                        + "deadline 2021-12-10"))
                .body(change + ".newExplanation", equalTo("On hold."))
                .body("impact.changed.newStatus", everyItem(equalTo("DORMANT")));
        assertThat(runs.count()).as("a dry run stores nothing").isEqualTo(stored);
    }

    @Test
    void aDryRunReturnsOutcomesAndStoresNothing() {
        long before = runs.count();
        given().contentType(ContentType.JSON).body(Map.of("asOf", "2022-01-08"))
                .post("/api/evaluations?dryRun=true")
                .then().statusCode(200).body("asOf", equalTo("2022-01-08")).body("outcomes.size()", greaterThan(0));
        Map<String, Object> withRules = Map.of("asOf", "2022-01-08",
                "rules", List.of(Map.of("path", "extra/hold.drl", "content", HOLD)));
        given().contentType(ContentType.JSON).body(withRules).post("/api/evaluations?dryRun=true")
                .then().statusCode(200).body("outcomes.status", everyItem(equalTo("DORMANT")))
                .body("outcomes[0].rule", equalTo("Every commitment on hold is dormant"));
        given().contentType(ContentType.JSON)
                .body(Map.of("rules", List.of(Map.of("path", "extra/broken.drl", "content", BROKEN))))
                .post("/api/evaluations?dryRun=true").then().statusCode(422);
        given().contentType(ContentType.JSON).body(withRules).post("/api/evaluations")
                .then().statusCode(400).body("errors[0].field", equalTo("rules"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations?dryRun=maybe")
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        assertThat(runs.count()).isEqualTo(before);
    }

    @Test
    void theScenariosPassAgainstTheLoadedRules() {
        given().post("/api/rules/test").then().statusCode(200)
                .body("failed", equalTo(0)).body("passed", greaterThan(10));
    }

    @Test
    void anUnknownVersionIs404() {
        given().get("/api/rules/versions/{v}", "0".repeat(64)).then().statusCode(404);
    }

    static Map<String, Object> files(String path, String content) {
        return Map.of("files", List.of(Map.of("path", path, "content", content)));
    }
}
