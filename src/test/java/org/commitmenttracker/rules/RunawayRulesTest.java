package org.commitmenttracker.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A rule that never stops is refused, by file and line, on every way in; the last good rules keep serving. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
@TestProfile(CopiedRulesProfile.class)
class RunawayRulesTest {

    @Test
    void aReloadOfALoopingRuleIsRefusedNamingItAndTheLastGoodRulesKeepServing() throws IOException {
        Path extra = CopiedRulesProfile.COPY.resolve("extra");
        Files.createDirectories(extra);
        String active = given().get("/api/rules").then().statusCode(200).extract().path("version");
        try {
            Files.writeString(extra.resolve("loop.drl"), BoundedFiringTest.UPDATES_ITSELF);
            given().post("/api/rules/reload").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("The rules were refused"))
                    .body("ruleErrors[0].file", equalTo("extra/loop.drl"))
                    .body("ruleErrors[0].line", equalTo(5))
                    .body("ruleErrors[0].message", allOf(containsString("fired more than"),
                            containsString("\"The as-of date is updated without end\"")));
            given().get("/api/rules").then().body("version", equalTo(active));
            given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then().statusCode(201)
                    .body("rulesVersion", equalTo(active));
        } finally {
            Files.deleteIfExists(extra.resolve("loop.drl"));
        }
    }

    @Test
    void validatingOrDryRunningRulesThatInsertWithoutEndAnswers422() {
        String active = given().get("/api/rules").then().extract().path("version");
        given().contentType(ContentType.JSON)
                .body(RuleResourceTest.files("extra/count.drl", BoundedFiringTest.INSERTS_WITHOUT_END))
                .post("/api/rules/validate").then().statusCode(422)
                .body("ruleErrors[0].file", equalTo("extra/count.drl"))
                .body("ruleErrors[0].message", containsString("\"Every number inserts the next\""));
        given().contentType(ContentType.JSON)
                .body(Map.of("rules", List.of(Map.of("path", "extra/count.drl",
                        "content", BoundedFiringTest.INSERTS_WITHOUT_END))))
                .post("/api/evaluations?dryRun=true").then().statusCode(422)
                .body("ruleErrors[0].line", equalTo(12));
        given().get("/api/rules").then().body("version", equalTo(active));
    }
}
