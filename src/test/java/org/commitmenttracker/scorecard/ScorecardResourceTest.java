package org.commitmenttracker.scorecard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.commitmenttracker.scorecard.ScorecardTestData.commitment;
import static org.commitmenttracker.scorecard.ScorecardTestData.countedFromOutcomes;
import static org.commitmenttracker.scorecard.ScorecardTestData.evaluateToday;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Scorecards count the current run's statuses per group and score them on rules/parameters.yaml's scale (kept +1,
 * on the way 0, broken -1, pending left out); per party they equal a count of /api/outcomes?run=current.
 */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class ScorecardResourceTest {

    @Test
    void aPartysCardCountsEachStatusAndAveragesTheScoredOnesAsTheOutcomesSay() {
        FixedToday.is("2031-06-01");
        String a = uniqueParty();
        String b = uniqueParty();
        String topic = uniqueTopic();
        String source = createSource();
        String broken = commitment(oneOff(source, uniqueTopic(), List.of(a), "2031-05-01"));
        String kept = commitment(oneOff(source, topic, List.of(a), "2031-12-31"));
        String pending = commitment(oneOff(source, topic, List.of(a, b), "2031-12-31"));
        given().contentType(ContentType.JSON).body(event("2031-03-01", "meeting", List.of(a), topic))
                .post("/api/events").then().statusCode(201);
        evaluateToday();

        JsonPath card = given().queryParam("by", "party").get("/api/scorecards").then().statusCode(200)
                .body("by", equalTo("party")).body("asOf", equalTo("2031-06-01")).extract().jsonPath();
        Map<String, Object> ofA = item(card, a);
        assertThat(ofA).containsEntry("commitments", 3).containsEntry("scored", 2).containsEntry("score", 0.0f)
                .containsEntry("commitmentsLink", "/api/commitments?actor=" + a);
        assertThat(counts(ofA)).containsEntry("OVERDUE", 1).containsEntry("FULFILLED", 1).containsEntry("PENDING", 1)
                .containsEntry("STALLED", 0);
        Map<String, Object> ofB = item(card, b);
        assertThat(ofB).containsEntry("commitments", 1).containsEntry("scored", 0).doesNotContainKey("score");
        assertThat(counts(ofA)).isEqualTo(countedFromOutcomes("current", List.of(broken, kept, pending)));
    }

    @Test
    void everyPartysCardEqualsAHandCountOfTheCurrentRunsOutcomes() {
        JsonPath card = given().get("/api/scorecards").then().statusCode(200).extract().jsonPath();
        long run = card.getLong("runId");
        List<String> parties = card.getList("items.group");
        assertThat(parties).as("the seeded parties").contains("KOR", "IND");
        for (String party : List.of("KOR", "IND")) {
            assertThat(new java.util.TreeMap<>(counts(item(card, party)))).as(party)
                    .isEqualTo(ScorecardTestData.countedFromOutcomesOf(run, party));
        }
    }

    @Test
    void groupsByKindSourceAndTopicAndKeepsToTheStatedWindow() {
        FixedToday.is("2031-06-02");
        String a = uniqueParty();
        String topic = uniqueTopic();
        String source = createSource();
        Map<String, Object> early = oneOff(source, topic, List.of(a), "2031-05-01");
        commitment(early);
        Map<String, Object> late = oneOff(source, topic, List.of(a), "2031-05-01");
        late.put("statedOn", "2024-02-01");
        commitment(late);
        evaluateToday();

        assertThat(item(card("source", null, null), source)).containsEntry("commitments", 2)
                .containsEntry("score", -1.0f);
        assertThat(item(card("topic", null, null), topic)).containsEntry("commitments", 2);
        assertThat(item(card("party", "2024-01-01", null), a)).containsEntry("commitments", 1);
        assertThat(item(card("party", null, "2023-12-31"), a)).containsEntry("commitments", 1);
        assertThat(card("kind", null, null).getList("items.group")).contains("ONE_OFF");
    }

    @Test
    void anUnknownGroupingOrAWindowEndingBeforeItStartsIsRefusedNamingTheField() {
        given().queryParam("by", "colour").get("/api/scorecards").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("by"));
        given().queryParam("from", "2024-02-01").queryParam("to", "2024-01-01").get("/api/scorecards").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("from", "1 May").get("/api/scorecards").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aSpreadsheetHasAColumnPerStatus() {
        FixedToday.is("2031-06-03");
        String a = uniqueParty();
        commitment(oneOff(createSource(), uniqueTopic(), List.of(a), "2031-05-01"));
        evaluateToday();
        String csv = given().accept("text/csv").get("/api/scorecards").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("group,commitments,scored,score,fulfilled,"
                + "onTrack,inProgress,pending,dueSoon,overdue,stalled,dormant,undecided");
        assertThat(csv.lines()).contains(a + ",1,1,-1.0,0,0,0,0,0,1,0,0,0");
    }

    private static JsonPath card(String by, String from, String to) {
        var request = given().queryParam("by", by);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.get("/api/scorecards").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(JsonPath card, String group) {
        Map<String, Object> item = card.getMap("items.find { it.group == '" + group + "' }");
        assertThat(item).as("the group " + group).isNotNull();
        return item;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> item) {
        return (Map<String, Object>) item.get("counts");
    }
}
