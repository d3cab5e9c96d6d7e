package org.commitmenttracker.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.commitmenttracker.TestData;
import org.commitmenttracker.rules.CopiedRulesProfile;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** The vocabulary is part of the rule base: it reloads with the rules, changes the version, and a broken one is refused. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.RULES_ADMIN})
@TestProfile(CopiedRulesProfile.class)
class VocabularyReloadTest {

    static final Path TOPICS = CopiedRulesProfile.COPY.resolve("vocabulary/topics.yaml");

    @Test
    void aBrokenVocabularyIsRefusedWithFileAndLineAndTheLastGoodRulesKeepServing() throws IOException {
        String original = Files.readString(TOPICS);
        String active = given().get("/api/rules").then().statusCode(200)
                .body("files.path", hasItems("vocabulary/topics.yaml", "vocabulary/event-types.yaml",
                        "vocabulary/parties.yaml", "vocabulary/parties-countries.yaml"))
                .extract().path("version");
        try {
            Files.writeString(TOPICS, original + "  - id: army\n    prefLabel: army\n    altLabels: [Defense]\n");
            int line = (int) original.lines().count() + 1;
            given().post("/api/rules/reload").then().statusCode(422).contentType("application/problem+json")
                    .body("ruleErrors[0].file", equalTo("vocabulary/topics.yaml"))
                    .body("ruleErrors[0].line", equalTo(line))
                    .body("ruleErrors[0].message", containsString("label 'Defense' of concept 'army' is already "
                            + "claimed by 'defence'"));
            given().get("/api/rules").then().body("version", equalTo(active));
            given().queryParam("scheme", "topics").queryParam("term", "army").get("/api/vocabulary/resolve")
                    .then().body("resolved", equalTo(false));

            Files.writeString(TOPICS, original + "  - id: army\n    prefLabel: army\n    broader: [defence]\n");
            String reloaded = given().post("/api/rules/reload").then().statusCode(200)
                    .body("version", not(equalTo(active))).extract().path("version");
            given().get("/api/vocabulary").then().body("rulesVersion", equalTo(reloaded));
            given().get("/api/vocabulary/topics/army").then().statusCode(200).body("broader[0].id", equalTo("defence"));
            given().get("/api/rules/versions/{v}", reloaded).then().statusCode(200)
                    .body("files.find { it.path == 'vocabulary/topics.yaml' }.content", containsString("id: army"));
        } finally {
            Files.writeString(TOPICS, original);
            given().post("/api/rules/reload").then().statusCode(200).body("version", equalTo(active));
        }
    }
}
