package org.commitmenttracker.trigger;

import static io.restassured.RestAssured.given;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Staff record, with a citation, that a conditional commitment's trigger was met; the rules judge from that day. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.STAFF, Roles.AUDITOR})
class TriggerMetResourceTest {

    @Test
    void aRecordedTriggerWakesADormantCommitmentFromTheDayItNames() {
        FixedToday.is("2023-06-01");
        String id = conditional();
        assertCurrentStatus(id, "DORMANT");

        given().contentType(ContentType.JSON).body(Map.of("metOn", "2023-05-20",
                        "citation", "https://example.org/travel-reopens", "note", "announced by both ministries"))
                .post("/api/commitments/{id}/trigger-met", id).then().statusCode(201)
                .body("metOn", equalTo("2023-05-20")).body("recordedBy", equalTo(TestData.USER));

        assertCurrentStatus(id, "IN_PROGRESS"); // tests evaluate when they mean to; outside them the refresh does
        given().get("/api/commitments/{id}", id).then()
                .body("latestOutcome.nextDue", equalTo("2023-11-20"))
                .body("latestOutcome.explanation", containsString("staff recorded its trigger as met on 2023-05-20 "
                        + "(https://example.org/travel-reopens)"));
        given().get("/api/commitments/{id}/trigger-met", id).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].note", equalTo("announced by both ministries"));
        given().queryParam("action", "TRIGGER_MET_RECORDED").queryParam("targetId", id).get("/api/audit-log").then()
                .body("total", equalTo(1)).body("items[0].detail", startsWith("trigger met on 2023-05-20"));
    }

    @Test
    void badRecordsAreRefusedNamingTheFieldAndStoreNothing() {
        FixedToday.is("2023-06-01");
        String id = conditional();
        refused(id, Map.of("metOn", "2021-01-06", "citation", "https://example.org/x"), "metOn");
        refused(id, Map.of("metOn", "2023-06-02", "citation", "https://example.org/x"), "metOn");
        refused(id, Map.of("metOn", "2023-05-20", "citation", " "), "citation");
        refused(id, Map.of("citation", "https://example.org/x"), "metOn");
        Map<String, Object> oneOff = oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10");
        given().contentType(ContentType.JSON).body(oneOff).post("/api/commitments").then().statusCode(201);
        refused((String) oneOff.get("id"), Map.of("metOn", "2023-05-20", "citation", "https://example.org/x"), "kind");
        given().contentType(ContentType.JSON).body(Map.of("metOn", "2023-05-20", "citation", "https://example.org/x"))
                .post("/api/commitments/{id}/trigger-met", "no-such-commitment").then().statusCode(404);
        given().get("/api/commitments/{id}/trigger-met", id).then().body("total", equalTo(0));
    }

    @Test
    void staffRecordItFromTheCommitmentPage() {
        FixedToday.is("2023-06-01");
        String id = conditional();
        given().contentType(ContentType.URLENC).formParam("metOn", "2023-05-21")
                .formParam("citation", "https://example.org/page").redirects().follow(false)
                .post("/commitments/{id}/trigger-met", id).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/commitments/" + id));
        given().accept(ContentType.HTML).get("/commitments/{id}", id).then().statusCode(200)
                .body(containsString("staff recorded it as met on"))
                .body(containsString("https://example.org/page"));
    }

    private static void refused(String id, Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/commitments/{id}/trigger-met", id).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static void assertCurrentStatus(String id, String status) {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then().statusCode(201);
        given().get("/api/commitments/{id}", id).then().body("latestOutcome.status", equalTo(status));
    }

    /** An ongoing commitment, six-monthly, from the day travel reopens; no event ever says so. */
    private static String conditional() {
        Map<String, Object> body = new HashMap<>(oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10"));
        body.remove("deadline");
        body.put("kind", "CONDITIONAL");
        body.put("underlyingKind", "ONGOING");
        body.put("reviewWindow", "P6M");
        body.put("trigger", Map.of("description", "travel reopens", "eventTypes", List.of("statement"),
                "topics", List.of(uniqueTopic())));
        given().contentType(ContentType.JSON).body(body).post("/api/commitments").then().statusCode(201);
        return (String) body.get("id");
    }
}
