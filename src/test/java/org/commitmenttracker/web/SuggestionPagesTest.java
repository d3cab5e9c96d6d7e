package org.commitmenttracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.intake.GdeltRow;
import org.commitmenttracker.intake.Imports;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Staff review suggested evidence on the commitment page; the overview says how many await review. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class SuggestionPagesTest {

    @Test
    void aPendingSuggestionIsShownWithItsSourcesAndCanBeConfirmedFromThePage() {
        Map<String, Object> promise = TestData.oneOff(TestData.createSource(), "defence", List.of("SLB", "PNG"),
                "2032-12-31");
        promise.put("statedOn", "2032-01-02");
        given().contentType(ContentType.JSON).body(promise).post("/api/commitments").then().statusCode(201);
        long gdeltId = System.currentTimeMillis() * 1000 + 7;
        Imports.run("gdelt", GdeltRow.file(GdeltRow.of(gdeltId, "20320301", "SLB", "PNG", "044").counts(6, 3, 5))
                .getBytes(StandardCharsets.UTF_8));

        String page = given().accept(ContentType.HTML).get("/commitments/{id}", promise.get("id"))
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Suggested evidence awaiting review", "6 mention(s), 3 source(s); type exact",
                "href=\"https://news.example/" + gdeltId + "\"", "action=\"/suggestions/");
        assertThat(given().accept(ContentType.HTML).get("/").then().statusCode(200).extract().asString())
                .contains("suggested evidence event(s) from imports await review");

        String action = page.substring(page.indexOf("action=\"/suggestions/") + 8);
        action = action.substring(0, action.indexOf('"'));
        given().redirects().follow(false).post(action).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/commitments/" + promise.get("id")));
        assertThat(given().accept(ContentType.HTML).get("/commitments/{id}", promise.get("id")).then().statusCode(200)
                .extract().asString()).doesNotContain("Suggested evidence awaiting review");
    }
}
