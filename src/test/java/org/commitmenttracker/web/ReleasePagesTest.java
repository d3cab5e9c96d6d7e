package org.commitmenttracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A release's page: its text with candidates highlighted in place; staff accept, correct or reject them there. */
@QuarkusTest
@TestSecurity(user = "mia", roles = {Roles.STAFF})
class ReleasePagesTest {

    private static final String TEXT = "Home\nNews\nThe two ministers agreed to meet every year. They discussed "
            + "trade.\nThe Indian side asked Japan to send a trade delegation by June 2025.";

    @Test
    void candidatesAreHighlightedInTheTextAndStaffDecideThemThere() {
        String source = TestData.createSource();
        given().accept(ContentType.HTML).get("/sources/{id}/release", source).then().statusCode(200);
        given().contentType(ContentType.URLENC).formParam("text", TEXT).redirects().follow(false)
                .post("/sources/{id}/release", source).then().statusCode(303);

        Document page = Jsoup.parse(given().accept(ContentType.HTML).get("/sources/{id}/release", source).then()
                .statusCode(200).extract().asString());
        List<String> marked = page.select("mark.candidate").eachText();
        assertThat(marked).containsExactly("agreed to meet every year1",
                "asked Japan to send a trade delegation by June 20252");
        assertThat(page.selectFirst(".release-text").text()).startsWith("Home News The two ministers agreed");

        long request = Long.parseLong(page.select("mark.candidate").get(1).id().substring("candidate-".length()));
        given().contentType(ContentType.URLENC).formParam("reason", "asked before, not here").redirects()
                .follow(false).post("/candidates/{id}/reject", request).then().statusCode(303);
        given().get("/api/candidates/{id}", request).then().body("status", equalTo("REJECTED"));

        long meeting = Long.parseLong(page.select("mark.candidate").get(0).id().substring("candidate-".length()));
        String location = given().contentType(ContentType.URLENC).formParam("summary", "The two sides meet yearly.")
                .formParam("kind", "RECURRING").formParam("topics", "trade").formParam("eventTypes", "meeting")
                .formParam("deadline", "").redirects().follow(false).post("/candidates/{id}/accept", meeting).then()
                .statusCode(303).extract().header("Location");
        String commitment = location.substring(location.lastIndexOf('/') + 1);
        given().get("/api/commitments/{id}", commitment).then().statusCode(200)
                .body("summary", equalTo("The two sides meet yearly.")).body("cadence", equalTo("P1Y"));
        given().accept(ContentType.HTML).get("/candidates?status=ACCEPTED").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("agreed to meet every year"));
    }
}
