package org.commitmenttracker.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueTopic;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A restart need not evaluate when the current run is as of today, with the active rules, and nothing changed since. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF, Roles.RULES_ADMIN})
class CurrentRunFreshnessTest {

    @Inject
    CurrentRunFreshness freshness;

    @Test
    void theCurrentRunIsUpToDateUntilAChangeThatCanMoveAStatus() {
        FixedToday.is("2033-05-10");
        long run = evaluate();
        assertThat(freshness.upToDate()).map(r -> r.id).contains(run);

        given().contentType(ContentType.JSON).body(event("2033-05-09", "meeting", List.of("KOR"), uniqueTopic()))
                .post("/api/events").then().statusCode(201);
        assertThat(freshness.upToDate()).as("an event was recorded since").isEmpty();

        long again = evaluate();
        assertThat(freshness.upToDate()).map(r -> r.id).contains(again);
        given().contentType(ContentType.JSON).body(oneOff(createSource(), uniqueTopic(), List.of("IND"), "2034-01-01"))
                .post("/api/commitments").then().statusCode(201);
        assertThat(freshness.upToDate()).as("a commitment was recorded since").isEmpty();
    }

    @Test
    void yesterdaysRunIsNotUpToDateWhileAReloadOfTheSameRulesLeavesTodaysSo() {
        FixedToday.is("2033-06-01");
        evaluate();
        FixedToday.is("2033-06-02");
        assertThat(freshness.upToDate()).as("made yesterday").isEmpty();

        long today = evaluate();
        given().post("/api/rules/reload").then().statusCode(200);
        assertThat(freshness.upToDate()).as("the same rules version, as a restart reloads").map(r -> r.id)
                .contains(today);
    }

    private static long evaluate() {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then()
                .statusCode(201).extract().path("id")).longValue();
    }
}
