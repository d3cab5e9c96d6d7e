package org.commitmenttracker.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The current run follows the data: a committed change is re-decided without anyone asking for a run. */
@QuarkusTest
@TestProfile(RefreshOnChangeProfile.class)
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF, Roles.RULES_ADMIN})
class CurrentRunRefreshTest {

    @Test
    void recordingEvidenceRedecidesTheCurrentStatusAndABurstSharesOneRun() {
        String topic = uniqueTopic();
        String party = uniqueParty();
        Map<String, Object> commitment = oneOff(createSource(), topic, List.of(party), "2021-12-10");
        long before = currentRunId();
        post("/api/commitments", commitment);
        Map<String, Object> afterCommitment = awaitRunAfter(before);
        assertThat((String) afterCommitment.get("reason")).isEqualTo("after commitment recorded");
        given().get("/api/commitments/{id}", commitment.get("id")).then()
                .body("latestOutcome.status", equalTo("OVERDUE"));

        long overdueRun = ((Number) afterCommitment.get("id")).longValue();
        for (String date : List.of("2021-03-01", "2021-06-01", "2021-09-01")) {
            post("/api/events", event(date, "meeting", List.of(party), topic));
        }
        Map<String, Object> afterEvents = awaitRunAfter(overdueRun);

        assertThat((String) afterEvents.get("reason")).isEqualTo("after 3 × event recorded");
        assertThat(afterEvents.get("purpose")).isEqualTo("CURRENT");
        given().get("/api/commitments/{id}", commitment.get("id")).then()
                .body("latestOutcome.status", equalTo("FULFILLED"))
                .body("latestOutcome.runId", equalTo(afterEvents.get("id")));
    }

    @Test
    void reloadingTheRulesRedecidesTheCurrentRun() {
        long before = currentRunId();
        given().post("/api/rules/reload").then().statusCode(200);
        assertThat((String) awaitRunAfter(before).get("reason")).isEqualTo("after rules reloaded");
    }

    private static long currentRunId() {
        return ((Number) given().get("/api/evaluations/current").then().statusCode(200).extract().path("id"))
                .longValue();
    }

    /** Waits, up to 30 seconds, for a current run newer than the given one. */
    private static Map<String, Object> awaitRunAfter(long runId) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Map<String, Object> current = given().get("/api/evaluations/current").then().extract().path("");
            if (((Number) current.get("id")).longValue() > runId) {
                return current;
            }
            sleep();
        }
        throw new AssertionError("No current run after run " + runId + " within 30 seconds");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void post(String path, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }
}
