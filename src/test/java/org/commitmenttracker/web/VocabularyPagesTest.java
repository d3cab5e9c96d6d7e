package org.commitmenttracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The thesaurus pages list the schemes, search labels and show a concept with its neighbours and codes. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class VocabularyPagesTest {

    @Test
    void aSearchByAnyLabelFindsTheConcept() {
        String html = given().accept(ContentType.HTML).queryParam("scheme", "parties").queryParam("q", "ROK")
                .get("/vocabulary").then().statusCode(200).extract().asString();
        assertThat(html).contains("<a href=\"/vocabulary/parties/KOR\"><code>KOR</code></a>", "South Korea")
                .contains("1 concept(s)");
    }

    @Test
    void aCommitmentPageShowsTheWordsItWasRecordedIn() {
        java.util.Map<String, Object> commitment = TestData.oneOff(TestData.createSource(), "UNSC",
                java.util.List.of("Republic of Korea"), "2030-12-10");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        String html = given().accept(ContentType.HTML).get("/commitments/{id}", commitment.get("id"))
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<q>Republic of Korea</q> → KOR", "<q>UNSC</q> → security-council")
                .contains("<a href=\"/vocabulary/topics/security-council\">security-council</a>");
    }

    @Test
    void aConceptPageShowsBroaderNarrowerCodesAndItsFile() {
        String html = given().accept(ContentType.HTML).get("/vocabulary/event-types/meeting")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<a href=\"/vocabulary/event-types/consultation\">consultation</a>")
                .contains("Codes: cameo</dt><dd><code>044</code>")
                .contains("rules/vocabulary/event-types.yaml:");
        given().accept(ContentType.HTML).get("/vocabulary/event-types/no-such-type").then().statusCode(404);
        given().accept(ContentType.HTML).queryParam("scheme", "colours").get("/vocabulary").then().statusCode(404);
    }
}
