package org.commitmenttracker.commitment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Listings carry an ETag: a client re-asking with it gets 304 until the current run or the commitments change. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class CommitmentListingTagTest {

    @Test
    void aStatusListingIsUnchangedUntilANewCurrentRun() {
        FixedToday.is("2024-02-10");
        String topic = uniqueTopic();
        record(topic, "2024-02-01");
        evaluate();
        String tag = listing(Map.of("status", "OVERDUE", "topic", topic), null, 200);

        assertThat(tag).startsWith("W/\"run-");
        given().queryParam("status", "OVERDUE").queryParam("topic", topic).header("If-None-Match", tag)
                .get("/api/commitments").then().statusCode(304).header("ETag", tag).body(emptyString());
        record(topic, "2024-02-05");
        assertThat(listing(Map.of("status", "OVERDUE", "topic", topic), tag, 304)).isEqualTo(tag);

        evaluate();
        String after = listing(Map.of("status", "OVERDUE", "topic", topic), tag, 200);
        assertThat(after).isNotEqualTo(tag);
        given().queryParam("status", "OVERDUE").queryParam("topic", topic).get("/api/commitments").then()
                .body("total", equalTo(2));
    }

    @Test
    void aStatusListingKeptAsJsonAnswersAsTheFirstWrittenAndAsAnUnfilteredListing() {
        FixedToday.is("2024-02-10");
        String topic = uniqueTopic();
        record(topic, "2024-02-01");
        evaluate();

        String first = given().queryParam("status", "OVERDUE").queryParam("topic", topic).get("/api/commitments")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        String again = given().queryParam("status", "OVERDUE").queryParam("topic", topic).get("/api/commitments")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        String unfiltered = given().queryParam("topic", topic).get("/api/commitments").then().statusCode(200)
                .extract().asString();

        assertThat(again).isEqualTo(first).isEqualTo(unfiltered);
        given().queryParam("status", "OVERDUE").queryParam("topic", topic).get("/api/commitments").then()
                .header("Content-Type", "application/json;charset=UTF-8");
        given().queryParam("status", "OVERDUE").accept("text/csv").get("/api/commitments").then().statusCode(406)
                .contentType("application/problem+json");
        assertThat(first).contains("\"deadline\":\"2024-02-01\"", "\"status\":\"OVERDUE\"", "\"total\":1,");
    }

    @Test
    void anUnfilteredListingChangesWithEveryCommitmentRecorded() {
        FixedToday.is("2024-02-10");
        String topic = uniqueTopic();
        record(topic, "2024-03-01");
        String tag = listing(Map.of("topic", topic), null, 200);
        assertThat(listing(Map.of("topic", topic), tag, 304)).isEqualTo(tag);

        record(topic, "2024-04-01");
        assertThat(listing(Map.of("topic", topic), tag, 200)).isNotEqualTo(tag);
    }

    @Test
    void aStaleOrForeignTagGetsTheFullListing() {
        given().header("If-None-Match", "W/\"run-0-rules-000000000000\"").get("/api/commitments").then()
                .statusCode(200).header("Cache-Control", "no-cache, private");
    }

    @Test
    void anIfMatchNamingAnotherVersionIsRefusedWithAProblem() {
        given().header("If-Match", "W/\"run-0-rules-000000000000\"").get("/api/commitments").then()
                .statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("its current tag is W/\"run-"));
    }

    @Test
    void theOpenApiDocumentNamesThePageAndTheNotModifiedAnswer() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/commitments'.get.responses.'200'.content.'application/json'.schema", notNullValue())
                .body("paths.'/api/commitments'.get.responses.'304'.description", containsString("Unchanged"));
    }

    /** Asks for the listing, with a tag or without; returns the ETag answered. */
    private static String listing(Map<String, String> query, String tag, int expected) {
        var request = given().queryParams(query);
        if (tag != null) {
            request.header("If-None-Match", tag);
        }
        return request.get("/api/commitments").then().statusCode(expected).extract().header("ETag");
    }

    private static void record(String topic, String deadline) {
        given().contentType(ContentType.JSON).body(oneOff(createSource(), topic, List.of("KOR"), deadline))
                .post("/api/commitments").then().statusCode(201);
    }

    private static void evaluate() {
        given().contentType(ContentType.JSON).body("{}").post("/api/evaluations").then().statusCode(201);
    }
}
