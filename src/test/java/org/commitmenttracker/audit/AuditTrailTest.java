package org.commitmenttracker.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.evaluation.OutcomeRepository;
import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The trail auditors rely on: append-only outcomes, history, diffs, reproducible re-runs and the audit log. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
class AuditTrailTest {

    @Inject
    EntityManager entityManager;
    @Inject
    OutcomeRepository outcomes;

    @Test
    void outcomesRunsAndTheAuditLogCannotBeUpdatedOrDeleted() {
        long run = evaluate("2022-01-08");
        for (String statement : List.of("update outcome set status = 'FULFILLED' where run_id = " + run,
                "delete from outcome where run_id = " + run,
                "update evaluation_run set as_of = date '2000-01-01' where id = " + run,
                "delete from audit_entry")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                    .run(() -> entityManager.createNativeQuery(statement).executeUpdate()))
                    .as(statement).hasStackTraceContaining("append-only");
        }
        given().get("/api/evaluations/{id}", run).then().body("asOf", equalTo("2022-01-08"));
        assertThat(outcomes.count("runId = ?1 and status = org.commitmenttracker.rules.facts.Status.FULFILLED", run))
                .isEqualTo(countFulfilledViaApi(run));
    }

    @Test
    void reRunningAsOfAPastDateWithTheSameRulesAndDataReproducesEveryOutcome() {
        FixedToday.is("2022-06-30"); // both runs current, so the second compares itself with the first
        long first = evaluate("2022-06-30");
        long second = evaluate("2022-06-30");
        List<Map<String, Object>> a = outcomesOf(first);
        List<Map<String, Object>> b = outcomesOf(second);

        assertThat(a).isNotEmpty().hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            for (String field : List.of("commitmentId", "status", "rule", "explanation", "evidenceIds", "nextDue",
                    "occurrences", "firedRules", "resolution", "rulesVersion", "asOf")) {
                assertThat(b.get(i).get(field)).as("%s of %s", field, a.get(i).get("commitmentId"))
                        .isEqualTo(a.get(i).get(field));
            }
            assertThat(b.get(i).get("previousStatus")).isEqualTo(a.get(i).get("status"));
        }
        given().get("/api/evaluations/{a}/diff/{b}", first, second).then().statusCode(200)
                .body("changed.size()", equalTo(0)).body("asOfMoved", equalTo(false))
                .body("unchanged", equalTo(a.size()));
    }

    @Test
    void historyAndDiffSayWhatChangedAndWhy() {
        String topic = uniqueTopic();
        String party = uniqueParty();
        Map<String, Object> commitment = oneOff(createSource(), topic, List.of(party), "2021-12-10");
        String id = (String) commitment.get("id");
        post("/api/commitments", commitment);
        FixedToday.is("2021-06-01");
        long before = evaluate("2021-06-01");
        Map<String, Object> meeting = event("2021-09-01", "meeting", List.of(party), topic);
        post("/api/events", meeting);
        FixedToday.is("2021-12-11");
        long after = evaluate("2021-12-11");
        long replay = evaluate("2021-07-01");

        given().get("/api/commitments/{id}/history", id).then().statusCode(200)
                .body("items.runId", hasItems((int) before, (int) after))
                .body("items.runId", not(hasItem((int) replay)))
                .body("items.find { it.runId == " + before + " }.status", equalTo("PENDING"))
                .body("items.find { it.runId == " + after + " }.status", equalTo("FULFILLED"))
                .body("items.find { it.runId == " + after + " }.previousStatus", equalTo("PENDING"))
                .body("items.find { it.runId == " + after + " }.changes", hasItems("status PENDING -> FULFILLED",
                        "new evidence: " + meeting.get("id"), "as-of date moved from 2021-06-01 to 2021-12-11"));

        given().get("/api/evaluations/{a}/diff/{b}", before, after).then().statusCode(200)
                .body("asOfMoved", equalTo(true)).body("rulesVersionChanged", equalTo(false))
                .body("changed.find { it.commitmentId == '" + id + "' }.toStatus", equalTo("FULFILLED"))
                .body("changed.find { it.commitmentId == '" + id + "' }.reasons",
                        hasItem("new evidence: " + meeting.get("id")));

        given().queryParam("changedTo", "FULFILLED").queryParam("actor", party).get("/api/outcomes")
                .then().body("total", equalTo(1)).body("items[0].runId", equalTo((int) after));
        given().queryParam("topic", topic).queryParam("sort", "asOf").get("/api/outcomes")
                .then().body("items.asOf", contains("2021-06-01", "2021-07-01", "2021-12-11"));
        given().queryParam("topic", topic).queryParam("asOfFrom", "2021-07-02").queryParam("asOfTo", "2021-12-31")
                .get("/api/outcomes").then().body("total", equalTo(1));
        given().queryParam("actor", party)
                .queryParam("firedRule", "Events of an accepted type, on a shared topic, joined by every required party, "
                        + "during the term are its evidence")
                .get("/api/outcomes").then().body("total", equalTo(3));
        given().queryParam("actor", party)
                .queryParam("firedRule", "Commitment with evidence on or before its deadline is fulfilled")
                .get("/api/outcomes").then().body("total", equalTo(1)).body("items[0].runId", equalTo((int) after));
        for (String notAWholeName : List.of("Commitment with evidence", "%", "_%", "\"")) {
            given().queryParam("actor", party).queryParam("firedRule", notAWholeName).get("/api/outcomes")
                    .then().statusCode(200).body("total", equalTo(0));
        }
        given().get("/api/commitments/{id}/history", "no-such-commitment").then().statusCode(404);
        given().get("/api/evaluations/{a}/diff/{b}", before, 999999).then().statusCode(404);
    }

    @Test
    void outcomesAnswerAsCsvForTheSameQuery() {
        long run = evaluate("2022-01-08");
        String csv = given().accept("text/csv").queryParam("run", run).queryParam("size", 5).get("/api/outcomes")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", String.valueOf(outcomes.count("runId", run)))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("runId,asOf,commitmentId,status,previousStatus,rule,explanation");
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(1, 6)).allSatisfy(line -> assertThat(line).startsWith(run + ",2022-01-08,"));
    }

    @Test
    void badOutcomeQueriesAreRefusedNamingEachParameter() {
        given().queryParam("changedTo", "LATE").queryParam("asOfFrom", "2022-13-01").queryParam("sort", "-colour")
                .queryParam("size", 201).queryParam("changed", "maybe").get("/api/outcomes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("changedTo", "asOfFrom", "sort", "size", "changed"));
        given().queryParam("asOfFrom", "2022-02-01").queryParam("asOfTo", "2022-01-01").get("/api/outcomes")
                .then().statusCode(400).body("errors.field", contains("asOfTo"));
    }

    @Test
    void everyWriteIsInTheAuditLogWithItsPrincipalAndRefusedOnesAreNot() {
        Map<String, Object> meeting = event("2022-02-01", "meeting", List.of("KOR"), uniqueTopic());
        post("/api/events", meeting);
        long run = evaluate("2022-02-02");
        given().queryParam("targetType", "event").queryParam("targetId", meeting.get("id")).get("/api/audit-log")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].action", equalTo("EVENT_CREATED"))
                .body("items[0].principal", equalTo(TestData.USER));
        given().queryParam("action", "EVALUATION_RUN").queryParam("targetId", String.valueOf(run)).get("/api/audit-log")
                .then().body("total", equalTo(1)).body("items[0].detail", startsWith("REPLAY run as of 2022-02-02 (requested by " + TestData.USER + ")"));
        given().queryParam("principal", "system").queryParam("action", "COMMITMENT_CREATED").get("/api/audit-log")
                .then().body("total", org.hamcrest.Matchers.greaterThan(12));

        Map<String, Object> invalid = event("2022-02-01", "meeting", List.of(), uniqueTopic());
        given().contentType(ContentType.JSON).body(invalid).post("/api/events").then().statusCode(400);
        given().queryParam("targetId", invalid.get("id")).get("/api/audit-log").then().body("total", equalTo(0));
        given().queryParam("action", "NOTHING").queryParam("from", "yesterday").get("/api/audit-log")
                .then().statusCode(400).body("errors.field", hasItems("action", "from"));
    }

    private static int countFulfilledViaApi(long run) {
        return given().queryParam("run", run).queryParam("status", "FULFILLED").get("/api/outcomes")
                .then().extract().path("total");
    }

    private static List<Map<String, Object>> outcomesOf(long run) {
        return given().queryParam("run", run).queryParam("sort", "commitment").queryParam("size", 200)
                .get("/api/outcomes").then().statusCode(200).extract().path("items");
    }

    private static void post(String path, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }

    private static long evaluate(String asOf) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("asOf", asOf)).post("/api/evaluations")
                .then().statusCode(201).extract().path("id")).longValue();
    }
}
