package org.commitmenttracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** HTTP Basic without bcrypt on every call, and without unlimited guessing. */
@QuarkusTest
class SignInTest {

    @Inject
    MeterRegistry metrics;

    @Test
    void aPasswordThatVerifiedIsRememberedSoTheNextCallRunsNoBcrypt() {
        given().auth().preemptive().basic(Roles.STAFF, Roles.STAFF).get("/api/commitments").then().statusCode(200);
        double verified = count("verified");
        double remembered = count("remembered");

        given().auth().preemptive().basic(Roles.STAFF, Roles.STAFF).get("/api/commitments").then().statusCode(200);

        assertThat(count("verified")).isEqualTo(verified);
        assertThat(count("remembered")).isEqualTo(remembered + 1);
        given().auth().preemptive().basic(Roles.STAFF, "not-" + Roles.STAFF).get("/api/commitments").then()
                .statusCode(401);
    }

    @Test
    void tooManyWrongPasswordsForOneUserNameAnswer429WithRetryAfterAndNoBcrypt() {
        String user = TestData.unique("guess");
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic(user, "wrong-" + i).get("/api/commitments").then().statusCode(401);
        }
        double refused = count("refused");

        given().auth().preemptive().basic(user, "wrong-again").get("/api/commitments").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.matchesPattern("\\d+"))
                .body("detail", containsString("Too many failed sign-ins"));

        assertThat(count("refused")).as("no password was checked").isEqualTo(refused);
        given().auth().preemptive().basic(Roles.VIEWER, Roles.VIEWER).get("/api/commitments").then().statusCode(200);
    }

    private double count(String result) {
        var counter = metrics.find("tracker.sign-ins").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }
}
