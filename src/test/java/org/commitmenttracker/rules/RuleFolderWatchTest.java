package org.commitmenttracker.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** With the watch on (dev mode), saving a rule file reloads the rules; a broken save leaves them serving. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
@TestProfile(WatchedRulesProfile.class)
class RuleFolderWatchTest {

    @Test
    void savingAFileReloadsAndABrokenSaveKeepsTheLastGoodRules() throws IOException, InterruptedException {
        Path file = WatchedRulesProfile.COPY.resolve("extra/hold.drl");
        Files.createDirectories(file.getParent());
        String first = activeVersion();

        Files.writeString(file, RuleResourceTest.HOLD);
        String second = awaitVersion(v -> !v.equals(first));
        given().get("/api/rules").then().statusCode(200)
                .body("loadedBy", org.hamcrest.Matchers.equalTo("rules-folder-watch"));

        int refusedBefore = refusals();
        Files.writeString(file, RuleResourceTest.BROKEN);
        await("the watch tried the broken save and refused it", () -> refusals() > refusedBefore);
        assertThat(activeVersion()).isEqualTo(second);

        Files.delete(file);
        assertThat(awaitVersion(first::equals)).isEqualTo(first);
    }

    static String activeVersion() {
        return given().get("/api/rules").then().statusCode(200).extract().path("version");
    }

    static String awaitVersion(Predicate<String> wanted) throws InterruptedException {
        await("the watch reloaded the rules", () -> wanted.test(activeVersion()));
        return activeVersion();
    }

    /** Refused reloads the watch has audited so far. */
    private static int refusals() {
        return given().queryParam("principal", "rules-folder-watch").queryParam("action", "RULES_RELOAD_REFUSED")
                .get("/api/audit-log").then().statusCode(200).extract().path("total");
    }

    private static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofMinutes(1)).until(condition);
    }
}
