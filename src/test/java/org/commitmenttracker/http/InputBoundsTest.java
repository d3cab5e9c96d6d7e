package org.commitmenttracker.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Values a request may not carry are refused with 400 naming the field, never altered or stored, never a 500. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
class InputBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"0000-01-01\"", "\"-0044-03-15\"", "\"+999999999-12-31\"", "\"1944-12-31\"",
            "\"2101-01-01\"", "20250101", "\"2025-02-30\"", "\"2025-1-5\"", "[2025, 1, 5]"})
    void anEventDateOutsideTheBoundsOrNotAnIsoStringIsRefusedAndNothingStored(String date) {
        String topic = TestData.uniqueTopic();
        String body = "{\"date\": " + date + ", \"type\": \"meeting\", \"title\": \"A meeting\", "
                + "\"participants\": [\"KOR\"], \"topics\": [\"" + topic + "\"], \"citation\": \"https://example.org\"}";
        given().contentType(ContentType.JSON).body(body).post("/api/events").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("date"))
                .body("errors.find { it.field == 'date' }.message", containsString("1945-01-01 and 2100-12-31"));
        given().queryParam("topic", topic).get("/api/events").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theFirstAndLastDaysOfTheBoundsAreAccepted() {
        for (String date : List.of("1945-01-01", "2100-12-31")) {
            Map<String, Object> event = TestData.event(date, "meeting", List.of("KOR"), TestData.uniqueTopic());
            given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201)
                    .body("date", equalTo(date));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"P1000000Y\"", "\"P21Y\"", "\"P0D\"", "\"P-1M\"", "365", "\"yearly\""})
    void aCadenceOutsideOneDayToTwentyYearsIsRefused(String cadence) {
        Map<String, Object> commitment = TestData.oneOff(TestData.createSource(), TestData.uniqueTopic(),
                List.of("KOR"), null);
        commitment.remove("deadline");
        commitment.put("kind", "RECURRING");
        String body = toJson(commitment).replace("\"kind\"", "\"cadence\": " + cadence + ", \"kind\"");
        given().contentType(ContentType.JSON).body(body).post("/api/commitments").then().statusCode(400)
                .body("errors.field", hasItem("cadence"));
        given().get("/api/commitments/{id}", commitment.get("id")).then().statusCode(404);
    }

    @Test
    void listsLongerThanTheCapAreRefusedNamingTheFieldAndTheLongestAllowedAreStored() {
        List<String> tooMany = IntStream.range(0, Ids.LIST_MAX + 1).mapToObj(i -> "P" + i).toList();
        Map<String, Object> event = TestData.event("2024-05-01", "meeting", tooMany, TestData.uniqueTopic());
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(400)
                .body("errors.field", hasItem("participants"))
                .body("errors.find { it.field == 'participants' }.message", containsString("50"));

        List<String> longest = new ArrayList<>();
        for (int i = 0; i < Ids.LIST_MAX; i++) {
            longest.add(("Q" + i + "X").repeat(40).substring(0, Ids.TERM_MAX));
        }
        Map<String, Object> commitment = TestData.oneOff(TestData.createSource(), TestData.uniqueTopic(), longest,
                "2030-01-01");
        commitment.put("evidence", Map.of("eventTypes", List.of("meeting"), "parties", longest));
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then().statusCode(201);
        given().queryParam("commitment", commitment.get("id")).queryParam("run", "current").get("/api/outcomes")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aPageBeyondAnyListingIsRefusedInsteadOfOverflowing() {
        given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get("/api/events").then()
                .statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("page", "99999999999").get("/api/commitments").then()
                .statusCode(400).body("errors.field", hasItem("page"));
        given().queryParam("page", Integer.MAX_VALUE / 200 - 1).queryParam("size", 200).get("/api/events").then()
                .statusCode(200);
    }

    @Test
    void csvExportsWriteCellsThatWouldStartAFormulaAsText() {
        String party = TestData.uniqueParty();
        Map<String, Object> commitment = TestData.oneOff(TestData.createSource(), TestData.uniqueTopic(),
                List.of(party), "2021-06-01");
        commitment.put("summary", "=HYPERLINK(\"https://evil.example\",\"click\")");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then().statusCode(201);

        String overdue = given().queryParam("actor", party).get("/overdue.csv").then().statusCode(200)
                .extract().asString();
        assertThat(overdue).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain("\"=HYPERLINK(");
        String outcomes = given().accept("text/csv").queryParam("run", "current")
                .queryParam("commitment", commitment.get("id")).get("/api/outcomes").then().statusCode(200)
                .extract().asString();
        assertThat(outcomes.lines().skip(1).findFirst()).isPresent();
        assertThat(SpreadsheetCsv.neutralised("-1+2")).isEqualTo("'-1+2");
        assertThat(SpreadsheetCsv.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCsv.neutralised("plain")).isEqualTo("plain");
    }

    private static String toJson(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
