package org.commitmenttracker.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
class EventResourceTest {

    @Inject
    EventRepository events;

    @Test
    void shouldCreateAndGetAnEvent() {
        Map<String, Object> body = event("2022-03-01", "visit", List.of("IND", "KOR"), uniqueTopic());
        given().contentType(ContentType.JSON).body(body).post("/api/events")
                .then().statusCode(201).header("Location", endsWith("/api/events/" + body.get("id")));
        given().get("/api/events/{id}", body.get("id"))
                .then().statusCode(200)
                .body("date", equalTo("2022-03-01"))
                .body("type", equalTo("visit"))
                .body("participants", containsInAnyOrder("IND", "KOR"));
    }

    @Test
    void shouldFilterByDateRangeActorTopicAndType() {
        String topic = uniqueTopic();
        String party = uniqueParty();
        post(event("2022-01-01", "meeting", List.of(party), topic));
        post(event("2022-06-01", "meeting", List.of(party, "KOR"), topic));
        post(event("2023-01-01", "call", List.of(party), topic));

        given().queryParam("topic", topic).get("/api/events")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.date", contains("2023-01-01", "2022-06-01", "2022-01-01"));
        given().queryParam("actor", party).queryParam("from", "2022-01-02").queryParam("to", "2022-12-31")
                .get("/api/events").then().body("total", equalTo(1)).body("items[0].date", equalTo("2022-06-01"));
        given().queryParam("topic", topic).queryParam("to", "2022-06-01").get("/api/events")
                .then().body("total", equalTo(2));
        given().queryParam("topic", topic).queryParam("type", "call").get("/api/events")
                .then().body("total", equalTo(1));
    }

    @Test
    void shouldRefuseAnInvalidEventNamingEachFieldAndStoreNothing() {
        long before = events.count();
        Map<String, Object> body = new HashMap<>(event("2022-01-01", "x".repeat(101), List.of(), uniqueTopic()));
        body.remove("citation");
        given().contentType(ContentType.JSON).body(body).post("/api/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("type", "participants", "citation"));

        body = new HashMap<>(event("2022-01-01", "meeting", List.of("KOR", "  "), "!?"));
        given().contentType(ContentType.JSON).body(body).post("/api/events")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("participants[]"));
        body = new HashMap<>(event("2022-01-01", "meeting", List.of("KOR"), "!?"));
        given().contentType(ContentType.JSON).body(body).post("/api/events")
                .then().statusCode(400).body("errors[0].field", equalTo("topics"))
                .body("errors[0].message", equalTo("'!?' has no letter or digit"));

        body = new HashMap<>(event("2022-02-30", "meeting", List.of("KOR"), uniqueTopic()));
        given().contentType(ContentType.JSON).body(body).post("/api/events")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));

        body = new HashMap<>(event("2022-02-01", "meeting", List.of("KOR"), uniqueTopic()));
        body.put("participants", "KOR");
        given().contentType(ContentType.JSON).body(body).post("/api/events")
                .then().statusCode(400).body("errors[0].field", equalTo("participants"));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseBadQueryParameters() {
        given().queryParam("from", "2022-13-01").queryParam("to", "yesterday").get("/api/events")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("from", "to"));
        given().queryParam("from", "2022-02-01").queryParam("to", "2022-01-01").get("/api/events")
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void shouldAnswer404ForAnUnknownId() {
        given().get("/api/events/{id}", "no-such-event").then().statusCode(404).contentType("application/problem+json");
    }

    private static void post(Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).post("/api/events").then().statusCode(201);
    }
}
