package org.commitmenttracker.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** What "current" means: the latest run as of today. Replays and projections are kept but never become current. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF, Roles.AUDITOR})
class CurrentRunTest {

    @Test
    void aRunAsOfTodayIsCurrentWhileReplaysAndProjectionsNeverAre() {
        FixedToday.is("2023-03-15");
        String topic = uniqueTopic();
        String id = commitmentDue(topic, "2023-03-14");
        long current = evaluate("2023-03-15", "CURRENT");
        long replay = evaluate("2023-03-01", "REPLAY");
        long projection = evaluate("2023-06-01", "PROJECTION");

        given().get("/api/evaluations/current").then().statusCode(200).body("id", equalTo((int) current))
                .body("purpose", equalTo("CURRENT")).body("reason", equalTo("requested by " + TestData.USER));
        given().get("/api/evaluations/latest").then().body("id", equalTo((int) projection));
        given().get("/api/commitments/{id}", id).then().body("latestOutcome.runId", equalTo((int) current))
                .body("latestOutcome.status", equalTo("OVERDUE"));
        given().queryParam("topic", topic).get("/api/commitments").then()
                .body("items[0].latestOutcome.runId", equalTo((int) current));
        given().queryParam("status", "OVERDUE").queryParam("topic", topic).get("/api/commitments").then()
                .body("total", equalTo(1));
        given().queryParam("status", "DUE_SOON").queryParam("topic", topic).get("/api/commitments").then()
                .body("total", equalTo(0));
        given().queryParam("run", "current").queryParam("commitment", id).get("/api/outcomes").then()
                .body("total", equalTo(1)).body("items[0].status", equalTo("OVERDUE"));
        given().queryParam("purpose", "REPLAY").queryParam("size", 200).get("/api/evaluations").then()
                .body("items.id", hasItem((int) replay)).body("items.id", not(hasItem((int) current)));
        given().get("/api/evaluations/current/diff/{to}", replay).then().statusCode(200)
                .body("changed.find { it.commitmentId == '" + id + "' }.toStatus", equalTo("DUE_SOON"));
        given().get("/api/commitments/{id}/history", id).then().body("items.runId", contains((int) current));
    }

    @Test
    void untilTodaysFirstRunYesterdaysRunStaysCurrent() {
        FixedToday.is("2019-04-10");
        long yesterday = evaluate("2019-04-10", "CURRENT");
        FixedToday.is("2019-04-11");
        given().get("/api/evaluations/current").then().body("id", equalTo((int) yesterday));

        long today = ((Number) given().contentType(ContentType.JSON).body("{}").post("/api/evaluations").then()
                .statusCode(201).body("asOf", equalTo("2019-04-11")).body("purpose", equalTo("CURRENT"))
                .extract().path("id")).longValue();
        given().get("/api/evaluations/current").then().body("id", equalTo((int) today));
    }

    @Test
    void asOfDatesBeforeNineteenFortyFiveOrBeyondTenYearsAreRefusedNamingTheField() {
        FixedToday.is("2026-12-01");
        refused("1944-12-31", "between 1945-01-01 and");
        evaluate("1945-01-01", "REPLAY");
        evaluate("2036-12-01", "PROJECTION");
        refused("2036-12-02", "must be on or before 2036-12-01");
        given().contentType(ContentType.JSON).body(Map.of("asOf", "1900-01-01"))
                .post("/api/evaluations?dryRun=true").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().contentType(ContentType.URLENC).formParam("asOf", "1900-01-01").redirects().follow(false)
                .post("/runs").then().statusCode(400);
    }

    @Test
    void anEvaluationFromTheWebFormIsAuditedLikeOneFromTheApiAndAReplayOpensItsDiff() {
        FixedToday.is("2026-12-01");
        String location = given().contentType(ContentType.URLENC).formParam("asOf", "2022-03-01")
                .redirects().follow(false).post("/runs").then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/runs\\?from=current&to=\\d+");
        String run = location.substring(location.lastIndexOf('=') + 1);
        given().queryParam("action", "EVALUATION_RUN").queryParam("targetId", run).get("/api/audit-log").then()
                .body("total", equalTo(1)).body("items[0].principal", equalTo(TestData.USER))
                .body("items[0].detail", startsWith("REPLAY run as of 2022-03-01 (requested by " + TestData.USER
                        + " from the web page)"));
        given().get("/api/evaluations/{id}", run).then().body("reason", equalTo("requested by " + TestData.USER
                + " from the web page"));
    }

    @Test
    void historyListsCurrentRunsOnlyAndIsPaged() {
        String id = commitmentDue(uniqueTopic(), "2022-05-10");
        List<Long> runs = List.of("2022-05-01", "2022-05-10", "2022-05-11").stream().map(day -> {
            FixedToday.is(day);
            evaluate("2021-02-01", "REPLAY");
            return evaluate(day, "CURRENT");
        }).toList();

        given().queryParam("size", 2).get("/api/commitments/{id}/history", id).then().statusCode(200)
                .body("total", equalTo(3)).body("items.runId", contains(runs.get(0).intValue(), runs.get(1).intValue()))
                .body("items.status", contains("DUE_SOON", "DUE_SOON"));
        given().queryParam("size", 2).queryParam("page", 1).get("/api/commitments/{id}/history", id).then()
                .body("items.runId", contains(runs.get(2).intValue()))
                .body("items[0].previousStatus", equalTo("DUE_SOON")).body("items[0].status", equalTo("OVERDUE"))
                .body("items[0].changes", hasItem("status DUE_SOON -> OVERDUE"));
        given().queryParam("size", 0).get("/api/commitments/{id}/history", id).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static void refused(String asOf, String message) {
        given().contentType(ContentType.JSON).body(Map.of("asOf", asOf)).post("/api/evaluations").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", containsString(message));
    }

    private static String commitmentDue(String topic, String deadline) {
        Map<String, Object> commitment = oneOff(createSource(), topic, List.of("KOR"), deadline);
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        return (String) commitment.get("id");
    }

    private static long evaluate(String asOf, String purpose) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("asOf", asOf)).post("/api/evaluations")
                .then().statusCode(201).body("purpose", equalTo(purpose)).extract().path("id")).longValue();
    }
}
