package org.commitmenttracker.extraction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** A release's text in: stored once, its candidates at their offsets; bad text refused with nothing stored. */
@QuarkusTest
@TestSecurity(user = "kate", roles = {Roles.STAFF, Roles.AUDITOR})
class ReleaseTextResourceTest {

    @Inject
    ReleaseTextRepository releases;
    @Inject
    CandidateRepository candidates;

    static String release() throws IOException {
        try (InputStream in = ReleaseTextResourceTest.class.getResourceAsStream("/extraction/joint-statement.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonPath submit(String source, String contentType, String body, int status) {
        return given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/sources/{id}/text", source).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aReleaseIsReadOnceAndItsCandidatesQuoteTheStoredText() throws IOException {
        String source = TestData.createSource();
        JsonPath read = submit(source, "text/plain", release(), 201);
        String text = read.getString("text");
        List<String> quotes = read.getList("candidates.quote");
        assertThat(quotes).containsExactly("agreed to hold consultations on trade every year",
                "asked Australia to join the regional energy initiative by the end of 2025",
                "offered to resume direct flights as soon as the new airport opens");
        for (int i = 0; i < quotes.size(); i++) {
            assertThat(text.substring(read.getInt("candidates[" + i + "].start"), read.getInt("candidates[" + i
                    + "].end"))).isEqualTo(quotes.get(i));
        }
        assertThat(read.getString("candidates[0].kind")).isEqualTo("RECURRING");
        assertThat(read.getList("candidates[0].cues")).containsExactly("agreed to");
        assertThat(read.getString("candidates[1].deadline")).isEqualTo("2025-12-31");

        JsonPath again = submit(source, "text/plain", release(), 200);
        assertThat(again.getLong("id")).isEqualTo(read.getLong("id"));
        assertThat(again.getList("candidates.id")).isEqualTo(read.getList("candidates.id"));
        given().get("/api/sources/{id}/text", source).then().statusCode(200).body("id", equalTo(read.getInt("id")));
        given().queryParam("source", source).get("/api/candidates").then().statusCode(200).body("total", equalTo(3));
        given().queryParam("targetId", source).queryParam("action", "RELEASE_TEXT_SUBMITTED").get("/api/audit-log")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void whatWasSetAsideUnreadIsReportedWithWhyAndKeptOnRereading() {
        String source = TestData.createSource();
        String body = "Home | News | Press | Contact\nTwo ministers meet in Seoul\n"
                + "The two ministers agreed to meet again in May 2027.\nComments\nI think they will fail.";
        JsonPath read = submit(source, "text/plain", body, 201);
        assertThat(read.getList("setAside.reason", String.class)).containsExactly("a menu or a list of links",
                "a heading or a label: 5 words and no full stop", "after \"Comments\", the end of the article");
        assertThat(read.getList("setAside.text", String.class)).containsExactly("Home | News | Press | Contact",
                "Two ministers meet in Seoul", "Comments\nI think they will fail.");
        String text = read.getString("text");
        assertThat(text.substring(read.getInt("setAside[1].start"), read.getInt("setAside[1].end")))
                .isEqualTo("Two ministers meet in Seoul");
        given().get("/api/sources/{id}/text", source).then().statusCode(200)
                .body("setAside.size()", equalTo(3)).body("candidates.size()", equalTo(1));
    }

    @Test
    void htmlIsCleanedBeforeItIsRead() {
        String source = TestData.createSource();
        JsonPath read = submit(source, "text/html", "<html><body><nav><p>Home. News. Contact us today.</p></nav>"
                + "<article><p>The two sides agreed to <b>meet again</b> in early June 2022.</p></article>"
                + "<footer><p>Both sides will read this footer.</p></footer></body></html>", 201);
        assertThat(read.getString("text")).isEqualTo("The two sides agreed to meet again in early June 2022.");
        assertThat(read.getString("mediaType")).isEqualTo("text/html");
        assertThat(read.getList("candidates.quote")).containsExactly("agreed to meet again in early June 2022");
        assertThat(read.getString("candidates[0].deadline")).isEqualTo("2022-06-10");
    }

    @Test
    void aFileUploadIsReadLikeABody() throws IOException {
        String source = TestData.createSource();
        given().multiPart("file", "statement.txt", release().getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/sources/{id}/text", source).then().statusCode(201)
                .body("fileName", equalTo("statement.txt")).body("candidates.size()", equalTo(3));
        given().multiPart("file", "huge.txt", new byte[3 * 1024 * 1024], "text/plain")
                .post("/api/sources/{id}/text", source).then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void badTextIsRefusedNamingTheProblemAndNothingIsStored() {
        String source = TestData.createSource();
        long before = releases.count();
        long candidatesBefore = candidates.count();
        refused(source, "text/plain", new byte[0], 400).body("errors.field", hasItem("text"));
        refused(source, "text/plain", "   \n ".getBytes(StandardCharsets.UTF_8), 400);
        refused(source, "text/html", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8),
                400).body("errors.message", hasItem(containsString("no words")));
        refused(source, "text/plain", "양측은 정기적으로 협의를 개최하기로 합의하였다.".getBytes(StandardCharsets.UTF_8), 422)
                .body("errors.message", hasItem(containsString("does not read as English")));
        refused(source, "text/plain", ("Les deux ministres sont convenus de tenir des consultations régulières sur le "
                + "commerce et d'ouvrir un consulat à Busan avant la fin de l'année.").getBytes(StandardCharsets.UTF_8),
                422).body("errors.field", hasItem("text")).body("errors.message", hasItem(containsString("French, fra")));
        refused(source, "text/plain", ("Die beiden Minister vereinbarten, regelmäßig Konsultationen über den Handel "
                + "abzuhalten und bis Ende des Jahres ein Konsulat in Busan zu eröffnen.").getBytes(StandardCharsets.UTF_8),
                422).body("errors.message", hasItem(containsString("German, deu")));
        refused(source, "text/plain", new byte[] {'T', 'h', 'e', 0, 1, 2, 'x'}, 415);
        refused(source, "text/plain", new byte[] {'T', (byte) 0xC3, (byte) 0x28, 'x'}, 415);
        refused(source, "text/plain", new byte[3 * 1024 * 1024], 413);
        refused("no-such-source", "text/plain", "They agreed to meet.".getBytes(StandardCharsets.UTF_8), 404);
        assertThat(releases.count()).isEqualTo(before);
        assertThat(candidates.count()).isEqualTo(candidatesBefore);
    }

    private static io.restassured.response.ValidatableResponse refused(String source, String type, byte[] body,
                                                                        int status) {
        return given().contentType(type).body(body).post("/api/sources/{id}/text", source).then().statusCode(status)
                .contentType("application/problem+json");
    }
}
