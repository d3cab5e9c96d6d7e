package org.commitmenttracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The rules page lets a rules admin see what an edited file would change before anyone loads it. */
@QuarkusTest
class RulePagesTest {

    static final String FILE = "status/deadlines.drl";

    @Test
    @TestSecurity(user = TestData.USER, roles = {Roles.RULES_ADMIN, Roles.STAFF})
    void anEditedFileShowsEachStatusItWouldChangeAndNothingIsLoaded() {
        FixedToday.is("2022-02-01");
        Map<String, Object> commitment = TestData.oneOff(TestData.createSource(), TestData.uniqueTopic(),
                List.of("KOR"), "2021-12-10");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then().statusCode(201);
        String active = given().get("/api/rules").then().extract().path("version");
        String original = given().get("/api/rules/versions/current").then()
                .extract().path("files.find { it.path == '" + FILE + "' }.content");
        String edited = original.replace("Status.OVERDUE", "Status.STALLED");

        String html = given().accept(ContentType.HTML).contentType(ContentType.URLENC).formParam("path", FILE)
                .formParam("content", edited).post("/rules/impact").then().statusCode(200).extract().asString();

        String row = rowOf(html, (String) commitment.get("id"));
        assertThat(row).contains("status-OVERDUE", "status-STALLED", "No matching event between 2021-01-07 and the "
                + "deadline 2021-12-10");
        assertThat(html).contains("would change status");
        assertThat((String) given().get("/api/rules").then().extract().path("version")).isEqualTo(active);
    }

    @Test
    @TestSecurity(user = TestData.USER, roles = Roles.RULES_ADMIN)
    void anEditThatDoesNotCompileIsShownWithItsLine() {
        String html = given().accept(ContentType.HTML).contentType(ContentType.URLENC).formParam("path", FILE)
                .formParam("content", "package status;\nrule \"broken\"\nwhen\n  Nonsense( \nthen\nend\n")
                .post("/rules/impact").then().statusCode(422).extract().asString();
        assertThat(html).contains("does not compile", FILE + ":");
        given().accept(ContentType.HTML).contentType(ContentType.URLENC).formParam("path", "../etc/passwd")
                .formParam("content", "x").post("/rules/impact").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = TestData.USER, roles = Roles.AUDITOR)
    void auditorsReadTheFilesButCannotTryEdits() {
        String html = given().accept(ContentType.HTML).queryParam("path", FILE).get("/rules/file").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<pre class=\"rule-file\">", "rule &quot;Commitment with evidence on or before "
                + "its deadline is fulfilled&quot;").doesNotContain("<textarea");
        given().accept(ContentType.HTML).get("/rules").then().statusCode(200);
        given().accept(ContentType.HTML).contentType(ContentType.URLENC).formParam("path", FILE)
                .formParam("content", "x").post("/rules/impact").then().statusCode(403);
    }

    private static String rowOf(String html, String commitmentId) {
        int at = html.indexOf("/commitments/" + commitmentId + "\"");
        assertThat(at).as("a row for %s", commitmentId).isPositive();
        return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
    }
}
