package org.commitmenttracker.scorecard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commitmenttracker.rules.facts.Status;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** What scorecard tests make through the API, and the hand counts they compare scorecards with. */
final class ScorecardTestData {

    private ScorecardTestData() {
    }

    static String commitment(Map<String, Object> c) {
        given().contentType(ContentType.JSON).body(c).post("/api/commitments").then().statusCode(201);
        return (String) c.get("id");
    }

    /** Evaluates as of today (the test's, see FixedToday): a current run; its id. */
    static long evaluateToday() {
        return given().contentType(ContentType.JSON).body("{}").post("/api/evaluations").then().statusCode(201)
                .body("purpose", equalTo("CURRENT")).extract().jsonPath().getLong("id");
    }

    /** The hand count: each commitment's status in the run (an id or "current"), as /api/outcomes gives it. */
    static Map<String, Object> countedFromOutcomes(Object run, List<String> ids) {
        Map<String, Object> counted = zeroes();
        for (String id : ids) {
            String status = given().queryParam("run", run).queryParam("commitment", id).get("/api/outcomes")
                    .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].status");
            counted.merge(status, 1, (x, y) -> (Integer) x + (Integer) y);
        }
        return counted;
    }

    /** The hand count of every commitment the party made, in the run: its own status when actors act separately. */
    static Map<String, Object> countedFromOutcomesOf(long run, String party) {
        Map<String, Object> counted = zeroes();
        for (int page = 0; ; page++) {
            JsonPath outcomes = given().queryParam("run", run).queryParam("actor", party).queryParam("size", 200)
                    .queryParam("page", page).get("/api/outcomes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = outcomes.getList("items");
            for (int i = 0; i < items.size(); i++) {
                String own = outcomes.getString("items[" + i + "].parties.find { it.party == '" + party
                        + "' }.status");
                counted.merge(own != null ? own : outcomes.getString("items[" + i + "].status"), 1,
                        (x, y) -> (Integer) x + (Integer) y);
            }
            if (items.size() < 200) {
                return counted;
            }
        }
    }

    private static Map<String, Object> zeroes() {
        Map<String, Object> counts = new TreeMap<>();
        for (Status status : Status.values()) {
            counts.put(status.name(), 0);
        }
        return counts;
    }
}
