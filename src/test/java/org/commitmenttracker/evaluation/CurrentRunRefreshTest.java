package org.commitmenttracker.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
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

    /** Waits, up to a minute, for a current run newer than the given one. */
    private static Map<String, Object> awaitRunAfter(long runId) {
        return Awaitility.await("a current run after run " + runId).atMost(Duration.ofMinutes(1))
                .until(() -> given().get("/api/evaluations/current").then().extract().<Map<String, Object>>path(""),
                        current -> ((Number) current.get("id")).longValue() > runId);
    }

    private static void post(String path, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }
}
