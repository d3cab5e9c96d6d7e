package org.commitmenttracker.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** With tracker.vocabulary.strict=true, a term no concept has is refused with a 400 naming the field. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
@TestProfile(StrictVocabularyTest.Strict.class)
class StrictVocabularyTest {

    /** The suite's profile with the strict setting on. */
    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.vocabulary.strict", "true");
        }

        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @Test
    void anUnknownTermIsRefusedAndNothingIsStored() {
        Map<String, Object> event = TestData.event("2030-06-01", "meeting", List.of("KOR", "IND"), "securty council");
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("topics"))
                .body("errors[0].message", containsString("did you mean security-council"));
        given().get("/api/events/{id}", event.get("id")).then().statusCode(404);
    }

    @Test
    void anUnknownEvidenceTypeNamesItsField() {
        Map<String, Object> commitment = TestData.oneOff(TestData.createSource(), "defence", List.of("KOR"),
                "2030-12-10");
        commitment.put("evidence", Map.of("eventTypes", List.of("meetng")));
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(400)
                .body("errors[0].field", equalTo("evidence.eventTypes"))
                .body("errors[0].message", containsString("did you mean meeting"));
        given().get("/api/commitments/{id}", commitment.get("id")).then().statusCode(404);
    }

    @Test
    void knownWordsAreStillAccepted() {
        Map<String, Object> event = TestData.event("2030-06-01", "phone call", List.of("ROK", "India"), "chips");
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201)
                .body("type", equalTo("call")).body("topics[0]", equalTo("semiconductors"));
    }
}
