package org.commitmenttracker.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Refusals decided from the request line and headers alone answer problem+json like every other: an address over
 * tracker.max-uri-length (8,192) is 414, and an API call without credentials is 401 before its Accept or
 * Content-Type is judged.
 */
@QuarkusTest
@TestProfile(RequestLineChecksTest.AsInProduction.class)
class RequestLineChecksTest {

    /** The production setting, which the test profile turns off for @TestSecurity callers. */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.refuse-anonymous-first", "true");
        }
    }

    @Test
    void anAddressOverTheLimitIs414WithAProblem() {
        given().auth().preemptive().basic("viewer", "viewer").queryParam("topic", "x".repeat(9_000))
                .get("/api/events").then().statusCode(414).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(414)).body("detail", containsString("at most 8192"));
    }

    @Test
    void anAddressJustWithinTheLimitIsServed() {
        String path = "/api/events?topic=";
        given().auth().preemptive().basic("viewer", "viewer").queryParam("topic", "x".repeat(8_192 - path.length()))
                .get("/api/events").then().statusCode(200);
    }

    @Test
    void anAnonymousCallIs401BeforeItsAcceptIsJudged() {
        given().accept("image/png").get("/api/events").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic("viewer", "viewer").accept("image/png").get("/api/events").then()
                .statusCode(406);
    }

    @Test
    void anAnonymousCallIs401BeforeItsContentTypeIsJudged() {
        given().contentType("image/png").body(new byte[] {1, 2, 3}).post("/api/events").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        given().auth().preemptive().basic("staff", "staff").contentType("image/png").body(new byte[] {1, 2, 3})
                .post("/api/events").then().statusCode(415);
    }
}
