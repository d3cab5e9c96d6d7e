package org.commitmenttracker.extraction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Staff accept a candidate as a commitment (with corrections) or reject it; a decision is final and audited. */
@QuarkusTest
@TestSecurity(user = "liam", roles = {Roles.STAFF, Roles.AUDITOR})
class CandidateReviewTest {

    private static JsonPath read() throws IOException {
        return ReleaseTextResourceTest.submit(TestData.createSource(), "text/plain", ReleaseTextResourceTest.release(),
                201);
    }

    @Test
    void acceptingAsReadMakesACommitmentCitingTheSourceAndQuote() throws IOException {
        JsonPath read = read();
        long candidate = read.getLong("candidates[0].id");
        JsonPath made = given().contentType(ContentType.JSON).post("/api/candidates/{id}/accept", candidate).then()
                .statusCode(201).extract().jsonPath();
        assertThat(made.getString("kind")).isEqualTo("RECURRING");
        assertThat(made.getString("cadence")).isEqualTo("P1Y");
        assertThat(made.getString("quote")).isEqualTo("agreed to hold consultations on trade every year");
        assertThat(made.getString("source.id")).isEqualTo(read.getString("sourceId"));
        assertThat(made.getList("actors")).containsExactlyInAnyOrder("JPN", "AUS");
        assertThat(made.getList("topics")).containsExactly("trade");
        given().get("/api/candidates/{id}", candidate).then().body("status", equalTo("ACCEPTED"))
                .body("commitmentId", equalTo(made.getString("id"))).body("decidedBy", equalTo("liam"));
        given().queryParam("action", "CANDIDATE_ACCEPTED").queryParam("targetId", made.getString("id"))
                .get("/api/audit-log").then().body("total", equalTo(1));
        given().contentType(ContentType.JSON).post("/api/candidates/{id}/accept", candidate).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("reason", "late")).post("/api/candidates/{id}/reject",
                candidate).then().statusCode(409);
    }

    @Test
    void anIncompleteCommitmentIsRefusedNamingTheFieldsAndCorrectionsCompleteIt() throws IOException {
        JsonPath read = read();
        long offer = read.getLong("candidates.find { it.kind == 'CONDITIONAL' }.id");
        long commitmentsBefore = given().get("/api/commitments").then().extract().jsonPath().getLong("total");
        given().contentType(ContentType.JSON).post("/api/candidates/{id}/accept", offer).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("evidence", "topics"));
        given().get("/api/candidates/{id}", offer).then().body("status", equalTo("PENDING"));
        assertThat(given().get("/api/commitments").then().extract().jsonPath().getLong("total"))
                .isEqualTo(commitmentsBefore);
        given().contentType(ContentType.JSON).body(Map.of("quote", "words that are not in the release"))
                .post("/api/candidates/{id}/accept", offer).then().statusCode(400).body("errors.field", hasItem("quote"));

        Map<String, Object> fixes = Map.of("summary", "Australia offered to resume direct flights once the airport opens.",
                "topics", List.of("economy"), "underlyingKind", "ONE_OFF", "deadline", "2026-12-31",
                "evidence", Map.of("eventTypes", List.of("agreement")),
                "trigger", Map.of("description", "the new airport opens", "eventTypes", List.of("statement"),
                        "topics", List.of("economy")));
        given().contentType(ContentType.JSON).body(fixes).post("/api/candidates/{id}/accept", offer).then()
                .statusCode(201).body("kind", equalTo("CONDITIONAL")).body("underlyingKind", equalTo("ONE_OFF"))
                .body("summary", equalTo("Australia offered to resume direct flights once the airport opens."))
                .body("actors", org.hamcrest.Matchers.contains("AUS"));
    }

    @Test
    void rejectingNeedsAReasonAndIsFinal() throws IOException {
        long candidate = read().getLong("candidates[1].id");
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/candidates/{id}/reject", candidate).then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "a request reported, not made here"))
                .post("/api/candidates/{id}/reject", candidate).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reason", equalTo("a request reported, not made here"));
        given().contentType(ContentType.JSON).post("/api/candidates/{id}/accept", candidate).then().statusCode(409);
        given().queryParam("status", "REJECTED").get("/api/candidates").then().body("items.id",
                hasItem((int) candidate));
        given().contentType(ContentType.JSON).post("/api/candidates/{id}/accept", 999_999_999L).then().statusCode(404);
        given().queryParam("status", "MAYBE").get("/api/candidates").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }
}
