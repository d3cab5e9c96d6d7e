package org.commitmenttracker.scorecard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.commitmenttracker.scorecard.ScorecardTestData.commitment;
import static org.commitmenttracker.scorecard.ScorecardTestData.countedFromOutcomes;
import static org.commitmenttracker.scorecard.ScorecardTestData.evaluateToday;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Scorecards over time are read from the stored current runs: each period shows the run current at its end, as the
 * outcomes of that run say, and a past day's scorecard is that day's run.
 */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class ScorecardTrendTest {

    @Inject
    RunTallies tallies;
    @Inject
    ScorecardCounts counts;
    @Inject
    EntityManager em;

    @Test
    void eachDaysPeriodShowsThatDaysCurrentRunAsItsOutcomesSay() {
        String party = uniqueParty();
        String source = createSource();
        String dueOnTheEleventh = commitment(oneOff(source, uniqueTopic(), List.of(party), "2032-01-11"));
        String dueLater = commitment(oneOff(source, uniqueTopic(), List.of(party), "2032-06-30"));
        Map<String, Long> runOf = new HashMap<>();
        for (String day : List.of("2032-01-10", "2032-01-11", "2032-01-12")) {
            FixedToday.is(day);
            runOf.put(day, evaluateToday());
        }

        JsonPath trend = given().queryParam("by", "party").queryParam("every", "P1D")
                .queryParam("from", "2032-01-10").queryParam("to", "2032-01-12").get("/api/scorecards/trend").then()
                .statusCode(200).body("every", equalTo("P1D")).body("periods.size()", equalTo(3)).extract()
                .jsonPath();
        for (int i = 0; i < 3; i++) {
            String day = trend.getString("periods[" + i + "].end");
            assertThat(trend.getString("periods[" + i + "].start")).isEqualTo(day);
            assertThat(trend.getString("periods[" + i + "].asOf")).isEqualTo(day);
            assertThat(trend.getLong("periods[" + i + "].runId")).isEqualTo(runOf.get(day));
            Map<String, Object> item = trend.getMap("periods[" + i + "].items.find { it.group == '" + party + "' }");
            assertThat(counts(item)).as(day).isEqualTo(countedFromOutcomes(runOf.get(day),
                    List.of(dueOnTheEleventh, dueLater)));
        }
        assertThat(trend.getMap("periods[1].items.find { it.group == '" + party + "' }.counts"))
                .as("the day of the deadline").containsEntry("DUE_SOON", 1).containsEntry("OVERDUE", 0)
                .containsEntry("PENDING", 1);
        assertThat(trend.getMap("periods[2].items.find { it.group == '" + party + "' }.counts"))
                .as("the day after").containsEntry("DUE_SOON", 0).containsEntry("OVERDUE", 1)
                .containsEntry("PENDING", 1);

        given().queryParam("asOf", "2032-01-11").get("/api/scorecards").then().statusCode(200)
                .body("runId", equalTo(runOf.get("2032-01-11").intValue())).body("asOf", equalTo("2032-01-11"));
        JsonPath ofOne = given().queryParam("group", party).queryParam("every", "P1D").queryParam("from", "2032-01-10")
                .queryParam("to", "2032-01-12").get("/api/scorecards/trend").then().statusCode(200)
                .body("group", equalTo(party)).extract().jsonPath();
        assertThat(ofOne.getList("periods.items.group")).containsExactly(List.of(party), List.of(party),
                List.of(party));
        for (int i = 0; i < 3; i++) {
            assertThat(ofOne.getMap("periods[" + i + "].items[0].counts")).isEqualTo(trend.getMap("periods[" + i
                    + "].items.find { it.group == '" + party + "' }.counts"));
        }
        given().queryParam("group", party).queryParam("asOf", "2032-01-12").get("/api/scorecards").then()
                .statusCode(200).body("items.group", org.hamcrest.Matchers.contains(party))
                .body("items[0].counts.OVERDUE", equalTo(1));
    }

    @Test
    void aPeriodWithoutARunOfItsOwnShowsTheRunStandingAtItsEnd() {
        String party = uniqueParty();
        commitment(oneOff(createSource(), uniqueTopic(), List.of(party), "2033-03-01"));
        FixedToday.is("2033-02-10");
        long run = evaluateToday();
        FixedToday.is("2033-04-30");

        JsonPath trend = given().queryParam("every", "P1M").queryParam("from", "2033-02-01")
                .queryParam("to", "2033-04-30").get("/api/scorecards/trend").then().statusCode(200).extract()
                .jsonPath();
        assertThat(trend.getList("periods.start", String.class)).containsExactly("2033-02-01", "2033-03-01",
                "2033-04-01");
        assertThat(trend.getList("periods.end", String.class)).containsExactly("2033-02-28", "2033-03-31",
                "2033-04-30");
        assertThat(trend.getList("periods.runId", Long.class)).allSatisfy(id -> assertThat(id).isEqualTo(run));
        assertThat(trend.getList("periods.asOf", String.class)).containsOnly("2033-02-10");
    }

    @Test
    void byDefaultATrendIsTheLastTwelveCalendarMonthsUpToToday() {
        FixedToday.is("2033-05-20");
        evaluateToday();
        given().queryParam("by", "kind").get("/api/scorecards/trend").then().statusCode(200)
                .body("from", equalTo("2032-06-01")).body("to", equalTo("2033-05-20"))
                .body("periods.size()", equalTo(12)).body("periods[11].start", equalTo("2033-05-01"))
                .body("periods[11].end", equalTo("2033-05-20"));
    }

    @Test
    void keptCountsEqualTheCountsOfTheRunsOutcomesForEveryGrouping() {
        FixedToday.is("2033-07-01");
        String party = uniqueParty();
        Map<String, Object> separately = oneOff(createSource(), uniqueTopic(), List.of(party, uniqueParty()),
                "2033-06-01");
        separately.put("actorsActSeparately", true);
        commitment(separately);
        long run = evaluateToday();
        Awaitility.await("the run's counts kept in the background").atMost(Duration.ofMinutes(1))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                        "select run_id from scorecard_tallied where run_id = :run").setParameter("run", run)
                        .getResultList().isEmpty()));
        for (Grouping by : Grouping.values()) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> tallies.of(run, by)))
                    .as(by.id()).isEqualTo(QuarkusTransaction.requiringNew().call(() -> counts.count(run, by, null,
                            null)));
        }
    }

    @Test
    void aSpreadsheetHasARowPerPeriodAndGroup() {
        String party = uniqueParty();
        commitment(oneOff(createSource(), uniqueTopic(), List.of(party), "2034-01-05"));
        FixedToday.is("2034-01-04");
        long run = evaluateToday();
        String csv = given().accept("text/csv").queryParam("every", "P1W").queryParam("from", "2034-01-01")
                .queryParam("to", "2034-01-07").get("/api/scorecards/trend").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("periodStart,periodEnd,asOf,runId,group,"
                + "commitments,scored,score,fulfilled,onTrack,inProgress,pending,dueSoon,overdue,stalled,dormant,"
                + "undecided");
        assertThat(csv.lines()).contains("2034-01-01,2034-01-07,2034-01-04," + run + "," + party
                + ",1,1,0.0,0,0,0,0,1,0,0,0,0");
    }

    @Test
    void aBadPeriodOrRangeIsRefusedNamingTheField() {
        for (String every : List.of("PT15M", "P0D", "P-1M", "monthly")) {
            given().queryParam("every", every).get("/api/scorecards/trend").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("every"));
        }
        given().queryParam("every", "P1D").queryParam("from", "1990-01-01").queryParam("to", "2030-01-01")
                .get("/api/scorecards/trend").then().statusCode(400).body("errors[0].field", equalTo("every"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("more than 400 periods"));
        given().queryParam("from", "2030-02-01").queryParam("to", "2030-01-01").get("/api/scorecards/trend").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("asOf", "someday").get("/api/scorecards").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "1950-01-01").get("/api/scorecards").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> item) {
        assertThat(item).isNotNull();
        return (Map<String, Object>) item.get("counts");
    }

}
