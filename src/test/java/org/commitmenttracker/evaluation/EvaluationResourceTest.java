package org.commitmenttracker.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
class EvaluationResourceTest {

    @Inject
    EvaluationRunRepository runs;

    @Inject
    OutcomeRepository outcomes;

    @Inject
    Today today;

    @Test
    void postingAMatchingEventTurnsAnOverdueCommitmentFulfilled() {
        FixedToday.is("2021-12-11");
        String topic = uniqueTopic();
        Map<String, Object> commitment = oneOff(createSource(), topic, List.of("KOR", "IND"), "2021-12-10");
        String id = (String) commitment.get("id");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);

        long overdueRun = evaluate("2021-12-11");
        given().get("/api/commitments/{id}", id).then()
                .body("latestOutcome.runId", equalTo((int) overdueRun))
                .body("latestOutcome.status", equalTo("OVERDUE"))
                .body("latestOutcome.nextDue", equalTo("2021-12-10"));

        Map<String, Object> meeting = event("2021-12-07", "meeting", List.of("KOR", "IND", "UN"), topic);
        given().contentType(ContentType.JSON).body(meeting).post("/api/events").then().statusCode(201);

        long fulfilledRun = evaluate("2021-12-11");
        given().get("/api/commitments/{id}", id).then()
                .body("latestOutcome.runId", equalTo((int) fulfilledRun))
                .body("latestOutcome.status", equalTo("FULFILLED"))
                .body("latestOutcome.rule", equalTo("Commitment with evidence on or before its deadline is fulfilled"))
                .body("latestOutcome.evidenceIds", contains(meeting.get("id")))
                .body("latestOutcome.explanation", containsString((String) meeting.get("id")))
                .body("latestOutcome.rulesVersion", matchesPattern("[0-9a-f]{64}"));

        given().queryParam("commitment", id).get("/api/outcomes").then()
                .body("total", equalTo(2))
                .body("items.status", contains("FULFILLED", "OVERDUE"));
        given().queryParam("status", "FULFILLED").queryParam("commitment", id).get("/api/commitments")
                .then().statusCode(200);
        given().queryParam("status", "FULFILLED").queryParam("topic", topic).get("/api/commitments")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void previousStatusComesFromTheLatestCurrentRunThatJudgedTheCommitment() {
        FixedToday.is("2021-12-11");
        Map<String, Object> commitment = oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10");
        String id = (String) commitment.get("id");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        evaluate("2021-12-11");
        long beforeItWasStated = evaluate("2020-06-01");
        Map<String, Object> later = oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10");
        given().contentType(ContentType.JSON).body(later).post("/api/commitments").then().statusCode(201);
        long latest = evaluate("2021-12-11");

        given().queryParam("run", beforeItWasStated).queryParam("commitment", id).get("/api/outcomes")
                .then().body("total", equalTo(0));
        given().queryParam("run", latest).queryParam("commitment", id).get("/api/outcomes")
                .then().body("items[0].status", equalTo("OVERDUE")).body("items[0].previousStatus", equalTo("OVERDUE"));
        given().queryParam("run", latest).queryParam("commitment", later.get("id")).get("/api/outcomes")
                .then().body("total", equalTo(1)).body("items[0].previousStatus", nullValue());
    }

    @Test
    void anEventAfterTheAsOfDateIsIgnored() {
        String topic = uniqueTopic();
        Map<String, Object> commitment = oneOff(createSource(), topic, List.of("KOR"), "2021-12-10");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(event("2021-06-01", "meeting", List.of("KOR"), topic))
                .post("/api/events").then().statusCode(201);

        long run = evaluate("2021-05-31");
        given().queryParam("run", run).queryParam("commitment", commitment.get("id")).get("/api/outcomes")
                .then().body("items[0].status", equalTo("PENDING")).body("items[0].asOf", equalTo("2021-05-31"));
    }

    @Test
    void commitmentsStatedAfterTheAsOfDateAreLeftOut() {
        Map<String, Object> commitment = oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        long run = evaluate("2021-01-06");
        given().queryParam("run", run).queryParam("commitment", commitment.get("id")).get("/api/outcomes")
                .then().body("total", equalTo(0));
    }

    @Test
    void aRunRecordsItsDateRulesVersionAndCountsPerStatus() {
        long run = evaluate("2022-01-08");
        int stored = (int) outcomes.count("runId", run);
        given().get("/api/evaluations/{id}", run).then().statusCode(200)
                .body("asOf", equalTo("2022-01-08"))
                .body("rulesVersion", matchesPattern("[0-9a-f]{64}"))
                .body("commitmentCount", equalTo(stored))
                .body("durationMillis", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        Map<String, Integer> counts = given().get("/api/evaluations/{id}", run).then().extract().path("counts");
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(stored);
        given().get("/api/evaluations").then().body("items.id", hasItem((int) run)).body("total", greaterThan(0));
    }

    @Test
    void withoutADateItEvaluatesAsOfToday() {
        assertAsOfToday(() -> given().contentType(ContentType.JSON).post("/api/evaluations"));
        assertAsOfToday(() -> given().contentType(ContentType.JSON).body("{}").post("/api/evaluations"));
    }

    private void assertAsOfToday(Supplier<Response> evaluation) {
        // Today before and after the call: the two differ only when the call straddles midnight.
        String before = today.date().toString();
        String asOf = evaluation.get().then().statusCode(201).extract().path("asOf");
        assertThat(asOf).isIn(before, today.date().toString());
    }

    @Test
    void aBadDateIsRefusedAndNoRunIsStored() {
        long before = runs.count();
        given().contentType(ContentType.JSON).body("{\"asOf\": \"2022-02-30\"}").post("/api/evaluations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().contentType(ContentType.JSON).body("{\"asof\": \"2022-02-03\"}").post("/api/evaluations")
                .then().statusCode(400).body("errors[0].field", equalTo("asof"));
        assertThat(runs.count()).isEqualTo(before);
    }

    @Test
    void unknownRunsAndBadOutcomeQueriesAreRefused() {
        given().get("/api/evaluations/{id}", 999999).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/evaluations/{id}", "abc").then().statusCode(404);
        given().queryParam("run", "x").queryParam("status", "LATE").get("/api/outcomes")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("run", "status"));
    }

    static long evaluate(String asOf) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("asOf", asOf)).post("/api/evaluations")
                .then().statusCode(201).extract().path("id")).longValue();
    }
}
