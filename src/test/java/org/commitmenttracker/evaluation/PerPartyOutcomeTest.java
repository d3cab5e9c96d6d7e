package org.commitmenttracker.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Each actor's own verdict is in the API, the CSV and on the commitment page. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class PerPartyOutcomeTest {

    @Test
    void eachActorsStatusIsShownBesideTheOverallOne() {
        FixedToday.is("2021-12-11");
        String topic = uniqueTopic();
        Map<String, Object> body = new HashMap<>(oneOff(createSource(), topic, List.of("KOR", "IND"), "2021-12-10"));
        body.put("actorsActSeparately", true);
        given().contentType(ContentType.JSON).body(body).post("/api/commitments").then().statusCode(201)
                .body("actorsActSeparately", equalTo(true));
        String id = (String) body.get("id");
        given().contentType(ContentType.JSON).body(event("2021-06-01", "meeting", List.of("KOR"), topic))
                .post("/api/events").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then().statusCode(201);

        given().get("/api/commitments/{id}", id).then()
                .body("latestOutcome.status", equalTo("OVERDUE"))
                .body("latestOutcome.parties.find { it.party == 'KOR' }.status", equalTo("FULFILLED"))
                .body("latestOutcome.parties.find { it.party == 'IND' }.status", equalTo("OVERDUE"))
                .body("latestOutcome.parties.find { it.party == 'IND' }.nextDue", equalTo("2021-12-10"));
        String csv = given().accept("text/csv").queryParam("run", "current").queryParam("commitment", id)
                .get("/api/outcomes").then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",parties");
        assertThat(csv).contains("IND OVERDUE | KOR FULFILLED");
        String page = given().accept(ContentType.HTML).get("/commitments/{id}", id).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("each acting separately", "<td>KOR</td>", "<td>IND</td>");
    }

    @Test
    void actingSeparatelyNeedsTwoActors() {
        Map<String, Object> body = new HashMap<>(oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10"));
        body.put("actorsActSeparately", true);
        given().contentType(ContentType.JSON).body(body).post("/api/commitments").then().statusCode(400)
                .body("errors[0].field", equalTo("actorsActSeparately"));
    }
}
