package org.commitmenttracker.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Importing GDELT and our own CSV: merging, idempotence, suggestions staff decide, bad rows, archives. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF, Roles.RULES_ADMIN})
class ImportResourceTest {

    /** GLOBALEVENTIDs unique to this run, so that tests never see each other's rows. */
    static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    static long id() {
        return IDS.incrementAndGet();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A one-off promise by two parties, due 2031-12-31, counting meetings on a topic. */
    static Map<String, Object> promise(String party1, String party2) {
        Map<String, Object> c = TestData.oneOff(TestData.createSource(), "defence", List.of(party1, party2),
                "2031-12-31");
        c.put("statedOn", "2031-01-02");
        given().contentType(ContentType.JSON).body(c).post("/api/commitments").then().statusCode(201);
        return c;
    }

    static String outcomeOf(Object commitmentId, String path) {
        return given().contentType(ContentType.JSON).body(Map.of("asOf", "2032-01-01"))
                .post("/api/evaluations?dryRun=true").then().statusCode(200).extract().jsonPath()
                .getString("outcomes.find { it.commitmentId == '" + commitmentId + "' }." + path);
    }

    @Test
    void gdeltRowsOfOneRealEventMergeAndBecomeASuggestionThatCountsOnceConfirmed() {
        String a = TestData.uniqueParty().substring(0, 3);
        // two parties the vocabulary knows, and a day no other test uses
        Map<String, Object> promise = promise("FJI", "TON");
        String file = GdeltRow.file(
                GdeltRow.of(id(), "20310310", "FJI", "TON", "040").counts(10, 4, 8),
                GdeltRow.of(id(), "20310310", "TON", "FJI", "043").counts(3, 1, 2),
                GdeltRow.of(id(), "20310310", "FJI", "TON", "040").counts(5, 2, 5),
                GdeltRow.of(id(), "20310311", "FJI", "TON", "112"),
                GdeltRow.of(id(), "20310312", "FJI", "Q" + a, "040"));
        JsonPath report = Imports.run("gdelt", bytes(file), "fileName", "20310310.export.CSV");
        assertThat(report.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(report.getLong("rowsRead")).isEqualTo(5);
        assertThat(report.getLong("rowsAccepted")).isEqualTo(5);
        assertThat(report.getLong("rowsMerged")).isEqualTo(1);
        assertThat(report.getLong("eventsCreated")).isEqualTo(4);
        assertThat(report.getLong("rowsUnresolved")).isEqualTo(1);
        assertThat(report.getBoolean("trusted")).isFalse();

        var suggestions = given().get("/api/commitments/{id}/suggestions", promise.get("id")).then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath();
        assertThat(suggestions.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(suggestions.getString("items[0].typeMatch")).isEqualTo("NARROWER");
        assertThat(suggestions.getString("items[0].event.type")).isEqualTo("consultation");
        assertThat(suggestions.getInt("items[0].score")).isEqualTo(15 + 2 * 6);
        long suggestion = suggestions.getLong("items[0].id");
        String event = suggestions.getString("items[0].event.id");

        assertThat(outcomeOf(promise.get("id"), "status")).isEqualTo("OVERDUE");
        given().post("/api/suggestions/{id}/confirm", suggestion).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("decidedBy", equalTo(TestData.USER));
        assertThat(outcomeOf(promise.get("id"), "status")).isEqualTo("FULFILLED");
        assertThat(outcomeOf(promise.get("id"), "evidenceIds")).contains(event);
        given().post("/api/suggestions/{id}/confirm", suggestion).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aCommitmentRecordedAfterTheImportGetsItsSuggestionsToo() {
        Imports.run("gdelt", bytes(GdeltRow.file(GdeltRow.of(id(), "20310420", "BRB", "JAM", "057").counts(2, 2, 2),
                GdeltRow.of(id(), "20301231", "BRB", "JAM", "057"))));
        Map<String, Object> agreements = TestData.oneOff(TestData.createSource(), "trade", List.of("BRB", "JAM"),
                "2031-12-31");
        agreements.put("statedOn", "2031-01-02");
        agreements.put("evidence", Map.of("eventTypes", List.of("agreement")));
        given().contentType(ContentType.JSON).body(agreements).post("/api/commitments").then().statusCode(201);
        given().get("/api/commitments/{id}/suggestions", agreements.get("id")).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].event.date", equalTo("2031-04-20"))
                .body("items[0].typeMatch", equalTo("EXACT")).body("items[0].score", equalTo(2 + 4 + 10));
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesTheEventUncounted() {
        Map<String, Object> promise = promise("WSM", "VUT");
        Imports.run("gdelt", bytes(GdeltRow.file(GdeltRow.of(id(), "20310401", "WSM", "VUT", "044"))));
        long suggestion = given().queryParam("status", "PENDING").queryParam("commitment", promise.get("id"))
                .get("/api/suggestions").then().statusCode(200).body("total", equalTo(1)).extract().jsonPath()
                .getLong("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/suggestions/{id}/reject", suggestion)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "a sports meeting, not defence"))
                .post("/api/suggestions/{id}/reject", suggestion).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reason", equalTo("a sports meeting, not defence"));
        assertThat(outcomeOf(promise.get("id"), "status")).isEqualTo("OVERDUE");
        given().post("/api/suggestions/{id}/confirm", 999_999_999L).then().statusCode(404);
    }

    @Test
    void reimportingAFileChangesNothingAndOverlappingFilesMergeOnlyNewRows() {
        GdeltRow first = GdeltRow.of(id(), "20310501", "NRU", "TUV", "040");
        GdeltRow second = GdeltRow.of(id(), "20310502", "NRU", "TUV", "040");
        byte[] file = bytes(GdeltRow.file(first, second));
        long imported = Imports.run("gdelt", file).getLong("id");

        Imports.send("gdelt", file).then().statusCode(200).body("id", equalTo((int) imported))
                .header("Location", endsWithPath("/api/imports/" + imported));
        JsonPath overlap = Imports.run("gdelt", bytes(GdeltRow.file(second,
                GdeltRow.of(id(), "20310502", "TUV", "NRU", "040").counts(4, 2, 3))));
        assertThat(overlap.getLong("rowsRepeated")).isEqualTo(1);
        assertThat(overlap.getLong("rowsAccepted")).isEqualTo(1);
        assertThat(overlap.getLong("rowsMerged")).isEqualTo(1);
        assertThat(overlap.getLong("eventsCreated")).isZero();
        given().queryParam("actor", "NRU").queryParam("from", "2031-05-02").queryParam("to", "2031-05-02")
                .get("/api/events").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].type", equalTo("consultation"));
    }

    @Test
    void aRowRepeatedFarApartInOneFileCountsOnceAndEachEventGetsItsOwnNumberedId() {
        GdeltRow repeated = GdeltRow.of(id(), "20310520", "MUS", "SYC", "057").counts(2, 1, 1);
        List<GdeltRow> rows = new ArrayList<>(List.of(repeated));
        for (int day = 0; day < 1_200; day++) { // more than a chunk of rows apart
            rows.add(GdeltRow.of(id(), LocalDate.of(2034, 1, 1).plusDays(day).toString().replace("-", ""), "MUS",
                    "SYC", "040"));
        }
        rows.add(repeated);
        JsonPath report = Imports.run("gdelt", bytes(GdeltRow.file(rows.toArray(GdeltRow[]::new))));
        assertThat(report.getLong("rowsRepeated")).isEqualTo(1);
        assertThat(report.getLong("eventsCreated")).isEqualTo(1_201);
        given().queryParam("actor", "MUS").queryParam("from", "2031-05-20").queryParam("to", "2031-05-20")
                .get("/api/events").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].mentions", equalTo(2))
                .body("items[0].id", equalTo("imp-" + report.getLong("id") + "-0000001"));
    }

    @Test
    void ourOwnCsvKeepsTwoEventsWithTheirOwnIdsEvenOnTheSameDayBetweenTheSameParties() {
        String first = TestData.unique("own");
        String second = TestData.unique("own");
        String csv = "id,date,type,title,participants,topics,citation\n"
                + first + ",2031-08-01,meeting,Morning session,TLS;BRN,trade,https://example.org/a\n"
                + second + ",2031-08-01,meeting,Afternoon session,TLS;BRN,trade,https://example.org/b\n";
        JsonPath report = Imports.run("events-csv", bytes(csv));
        assertThat(report.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(report.getLong("eventsCreated")).isEqualTo(2);
        given().get("/api/events/{id}", second).then().statusCode(200).body("title", equalTo("Afternoon session"));
    }

    @Test
    void aBadRowRefusesTheWholeFileByLineAndFieldUnlessSkipped() {
        String file = GdeltRow.file(GdeltRow.of(id(), "20310601", "KIR", "MHL", "040"),
                GdeltRow.of(id(), "20310632", "KIR", "MHL", "040"),
                GdeltRow.of(id(), "20310602", "KIR", "MHL", ""));
        Imports.send("gdelt", bytes(file)).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("2 of 3 row(s) cannot be imported"))
                .body("rowErrors.line", contains(2, 3))
                .body("rowErrors.field", contains("SQLDATE", "EventCode"));
        given().queryParam("actor", "KIR").get("/api/events").then().body("total", equalTo(0));

        JsonPath skipped = Imports.run("gdelt", bytes(file), "onError", "skip");
        assertThat(skipped.getLong("rowsSkipped")).isEqualTo(2);
        assertThat(skipped.getLong("rowsAccepted")).isEqualTo(1);
        assertThat(skipped.getList("problems.line", Integer.class)).containsExactly(2, 3);
        given().queryParam("actor", "KIR").get("/api/events").then().body("total", equalTo(1));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLineWhereReadingStopped() {
        byte[] good = bytes(GdeltRow.file(GdeltRow.of(id(), "20310615", "KIR", "MHL", "040")));
        byte[] bad = bytes(GdeltRow.file(GdeltRow.of(id(), "20310616", "KIR", "MHL", "040")).replace("ACTOR KIR",
                "ACTOR \u0000"));
        bad[bad.length / 2] = (byte) 0xC3;
        bad[bad.length / 2 + 1] = (byte) 0x28;
        byte[] file = new byte[good.length + bad.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(bad, 0, file, good.length, bad.length);
        Imports.send("gdelt", file, "onError", "skip").then().statusCode(422)
                .body("rowErrors[0].line", equalTo(2)).body("rowErrors[0].field", equalTo("row"))
                .body("rowErrors[0].message", containsString("unreadable"));
    }

    @Test
    void ourOwnCsvIsTrustedAndCountsWithoutReview() {
        Map<String, Object> promise = promise("PLW", "FSM");
        String csv = "id,date,type,title,participants,topics,citation,note\n"
                + TestData.unique("csv") + ",2031-07-01,talks,\"Defence talks, Koror\",Palau;Micronesia,defense,"
                + "https://example.org/minutes,\n";
        JsonPath report = Imports.run("events-csv", bytes(csv));
        assertThat(report.getBoolean("trusted")).isTrue();
        assertThat(report.getLong("eventsCreated")).isEqualTo(1);
        assertThat(report.getLong("suggestions")).isZero();
        assertThat(outcomeOf(promise.get("id"), "status")).isEqualTo("FULFILLED");
    }

    @Test
    void aPloverCodedCsvIsReadThroughItsColumnMapping() {
        Map<String, Object> promise = promise("MDV", "LKA");
        String file = "event_id,event_date,event_type,actor_country,recipient_country,url\n"
                + TestData.unique("p") + ",2031-02-03,CONSULT,Maldives,Sri Lanka,https://news.example/p1\n"
                + TestData.unique("p") + ",2031-02-04,AGREE,MDV,LKA,https://news.example/p2\n";
        JsonPath report = Imports.run("plover", bytes(file), "idColumn", "event_id", "dateColumn", "event_date",
                "typeColumn", "event_type", "participantColumns", "actor_country,recipient_country",
                "citationColumn", "url");
        assertThat(report.getLong("eventsCreated")).isEqualTo(2);
        assertThat(report.getLong("rowsUnresolved")).isZero();
        given().queryParam("actor", "MDV").queryParam("type", "consultation").get("/api/events").then()
                .body("total", equalTo(1)).body("items[0].trusted", equalTo(false))
                .body("items[0].citation", equalTo("https://news.example/p1"));
        given().get("/api/commitments/{id}/suggestions", promise.get("id")).then()
                .body("items.event.type", contains("consultation"));
    }

    @Test
    void jsonLinesAreReadThroughAFieldMappingWithItsOwnDateFormat() {
        String file = "{\"day\": \"05/03/2031\", \"what\": \"phone call\", \"who\": [\"Bhutan\", \"Nepal\"], "
                + "\"about\": \"hydropower; energy\"}\n"
                + "{\"day\": \"31/02/2031\", \"what\": \"talks\", \"who\": [\"BTN\"]}\n";
        Imports.send("jsonl", bytes(file), "dateColumn", "day", "dateFormat", "dd/MM/yyyy", "typeColumn", "what",
                "participantColumns", "who", "topicColumns", "about").then().statusCode(422)
                .body("rowErrors[0].line", equalTo(2)).body("rowErrors[0].field", equalTo("day"));
        JsonPath report = Imports.run("jsonl", bytes(file), "dateColumn", "day", "dateFormat", "dd/MM/yyyy",
                "typeColumn", "what", "participantColumns", "who", "topicColumns", "about", "onError", "skip",
                "trusted", "true");
        assertThat(report.getLong("rowsAccepted")).isEqualTo(1);
        assertThat(report.getLong("rowsUnresolved")).isEqualTo(1);
        given().queryParam("actor", "BTN").queryParam("from", "2031-03-05").queryParam("to", "2031-03-05")
                .get("/api/events").then().body("items[0].type", equalTo("call"))
                .body("items[0].topics", contains("energy", "hydropower"))
                .body("items[0].rawCodes", equalTo("topics=hydropower"));
    }

    @Test
    void aMappedFormatNeedsItsMapping() {
        Imports.send("csv", bytes("a,b\n1,2\n"), "typeCodes", "dewey").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("dateColumn", "typeColumn",
                        "participantColumns", "typeCodes"));
        Imports.send("csv", bytes("when,what\n2031-01-01,meeting\n"), "dateColumn", "when", "typeColumn", "what",
                "participantColumns", "who").then().statusCode(422)
                .body("rowErrors[0].field", equalTo("header")).body("rowErrors[0].message", equalTo("no column named who"));
    }

    @Test
    void aCsvWithAMissingColumnIsRefused() {
        Imports.send("events-csv", bytes("date,type,title\n2031-07-01,meeting,x\n")).then().statusCode(422)
                .body("rowErrors[0].line", equalTo(1)).body("rowErrors[0].field", equalTo("header"))
                .body("rowErrors[0].message", containsString("citation, participants, topics"));
    }

    @Test
    void aZippedExportIsReadAndAZipWithAPathRefused() throws IOException {
        GdeltRow row = GdeltRow.of(id(), "20310801", "NZL", "COK", "057");
        JsonPath report = Imports.run("gdelt", zip("20310801.export.CSV", GdeltRow.file(row)));
        assertThat(report.getLong("eventsCreated")).isEqualTo(1);
        given().queryParam("actor", "COK").queryParam("type", "agreement").get("/api/events").then()
                .body("items.id", not(org.hamcrest.Matchers.empty()));
        Imports.send("gdelt", zip("../escape.CSV", GdeltRow.file(GdeltRow.of(id(), "20310801", "NZL", "COK", "057"))))
                .then().statusCode(422).body("detail", containsString("has a path"));
    }

    @Test
    void aFileCanComeAsAMultipartFormPart() {
        byte[] file = bytes(GdeltRow.file(GdeltRow.of(id(), "20311101", "ARG", "URY", "040")));
        long imported = given().multiPart("file", "20311101.export.CSV", file, "text/csv")
                .queryParam("format", "gdelt").post("/api/imports").then().statusCode(202)
                .body("fileName", equalTo("20311101.export.CSV")).extract().jsonPath().getLong("id");
        assertThat(Imports.awaitFinished(imported).getLong("eventsCreated")).isEqualTo(1);
        given().multiPart("other", "x.CSV", file).queryParam("format", "gdelt").post("/api/imports").then()
                .statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void theImportIsDocumentedWithItsRealStatusCodes() {
        Map<String, Object> responses = given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath().getMap("paths.'/api/imports'.post.responses");
        assertThat(responses).containsKeys("200", "202", "400", "409", "413", "422");
    }

    @Test
    void badParametersAre400() {
        Imports.send("cameo-tsv", bytes("x")).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().contentType("application/octet-stream").body(bytes("x")).post("/api/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        Imports.send("gdelt", bytes("x"), "onError", "ignore").then().statusCode(400)
                .body("errors[0].field", equalTo("onError"));
    }

    @Test
    void importsAreListedNewestFirstAndAudited() {
        long id = Imports.run("gdelt", bytes(GdeltRow.file(GdeltRow.of(id(), "20310901", "AUS", "NZL", "040"))))
                .getLong("id");
        given().get("/api/imports").then().statusCode(200).body("items[0].id", equalTo((int) id));
        given().get("/api/imports/{id}", 987_654_321L).then().statusCode(404);
        given().auth().preemptive().basic("auditor", "auditor").queryParam("targetType", "import")
                .queryParam("targetId", String.valueOf(id)).get("/api/audit-log").then().statusCode(200)
                .body("items.action", hasItem("IMPORT_FINISHED"));
    }

    static org.hamcrest.Matcher<String> endsWithPath(String path) {
        return org.hamcrest.Matchers.endsWith(path);
    }

    static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes(content));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
