package org.commitmenttracker.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Health (liveness, readiness with the rule base and the database) and Prometheus metrics. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessCoversTheRulesAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("rules", "Database connections health check"))
                .body("checks.find { it.name == 'rules' }.data.version", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountEvaluationsOutcomesAndReloads() {
        given().auth().preemptive().basic("staff", "staff").contentType(ContentType.JSON).body("{\"asOf\": \"2022-01-08\"}")
                .post("/api/evaluations").then().statusCode(201);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tracker_evaluation_duration_seconds_count"))
                .body(containsString("tracker_evaluation_outcomes_total{status=\"STALLED\"}"))
                .body(containsString("tracker_rules_reloads_total{result=\"loaded\"}"));
    }
}
