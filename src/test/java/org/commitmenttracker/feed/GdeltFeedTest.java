package org.commitmenttracker.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.commitmenttracker.intake.GdeltRow;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A GDELT_EVENTS feed against a local server standing for GDELT: what arrives, once, and what fails, and why. */
@QuarkusTest
@TestSecurity(user = "fern", roles = {Roles.VIEWER, Roles.STAFF, Roles.RULES_ADMIN})
class GdeltFeedTest {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000 + 700_000_000L);
    private static final AtomicLong FEEDS = new AtomicLong();
    private static FakeGdelt gdelt;

    @BeforeAll
    static void start() throws Exception {
        gdelt = new FakeGdelt();
    }

    @AfterAll
    static void stop() {
        gdelt.close();
    }

    @Test
    void aNewEventsExportIsImportedWithOnlyTheRowsTouchingTheFeedsPartiesAndRoots() {
        String folder = folder();
        String file = gdelt.publish(folder, "20310601120000", GdeltRow.file(
                GdeltRow.of(IDS.incrementAndGet(), "20310601", "IND", "KOR", "040"),
                GdeltRow.of(IDS.incrementAndGet(), "20310601", "FRA", "DEU", "040"),
                GdeltRow.of(IDS.incrementAndGet(), "20310601", "KOR", "IND", "190"),
                GdeltRow.of(IDS.incrementAndGet(), "20310601", "BRA", "KOR", "043")));
        String id = addFeed(folder, List.of("India", "KOR"), List.of("04"));

        JsonPath feed = feed(id);

        assertThat(feed.getString("status")).isEqualTo("OK");
        assertThat(feed.getLong("itemsNew")).isEqualTo(1);
        assertThat(Duration.between(Instant.parse(feed.getString("lastPollAt")),
                Instant.parse(feed.getString("nextPollAt")))).isEqualTo(Duration.ofMinutes(15));
        JsonPath item = items(id);
        assertThat(item.getInt("total")).isEqualTo(1);
        assertThat(item.getString("items[0].key")).isEqualTo(file);
        assertThat(item.getString("items[0].outcome")).isEqualTo("IMPORTED");
        assertThat(item.getLong("items[0].rowsKept")).isEqualTo(2);
        given().get(item.getString("items[0].importLink")).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("rowsRead", equalTo(2))
                .body("trusted", equalTo(false)).body("importedBy", equalTo("feed:" + id));
        assertThat(gdelt.requests(folder + "/lastupdate.txt").get(0).userAgent()).startsWith("commitment-tracker");
    }

    @Test
    void anUnchangedListIsAskedConditionallyAndNothingIsFetchedTwice() {
        String folder = folder();
        gdelt.publish(folder, "20310602000000", GdeltRow.file(GdeltRow.of(IDS.incrementAndGet(), "20310602", "IND",
                "KOR", "040")));
        String id = addFeed(folder, List.of(), List.of());

        pollAndWait(id);
        List<FakeGdelt.Request> asked = gdelt.requests(folder + "/lastupdate.txt");
        assertThat(asked.get(asked.size() - 1).ifNoneMatch()).isNotNull();
        assertThat(asked.get(asked.size() - 1).status()).isEqualTo(304);
        assertThat(gdelt.requests(folder + "/20310602000000.export.CSV.zip")).hasSize(1);

        gdelt.publish(folder, "20310602001500", GdeltRow.file(GdeltRow.of(IDS.incrementAndGet(), "20310602", "KOR",
                "IND", "036")));
        JsonPath feed = pollAndWait(id);
        assertThat(feed.getLong("itemsNew")).isEqualTo(2);
        JsonPath items = items(id);
        assertThat(items.getList("items.outcome")).containsExactly("IMPORTED", "IMPORTED");
        assertThat(items.getList("items.attempts", Integer.class)).containsExactly(1, 1);
        assertThat(gdelt.requests(folder + "/20310602000000.export.CSV.zip")).hasSize(1);
    }

    @Test
    void aFileWhoseMd5DiffersFromTheListStoresNothingAndIsTriedAgainAtTheNextPoll() {
        String folder = folder();
        String export = GdeltRow.file(GdeltRow.of(IDS.incrementAndGet(), "20310603", "IND", "KOR", "040"));
        byte[] zip = FakeGdelt.zip("20310603000000.export.CSV", export);
        gdelt.list(folder, "20310603000000", zip, "0123456789abcdef0123456789abcdef", zip.length);
        String id = addFeed(folder, List.of(), List.of());

        JsonPath failed = feed(id);
        assertThat(failed.getString("status")).isEqualTo("FAILING");
        assertThat(failed.getString("lastError")).contains("MD5");
        assertThat(failed.getInt("failures")).isEqualTo(1);
        assertThat(Duration.between(Instant.parse(failed.getString("lastPollAt")),
                Instant.parse(failed.getString("nextPollAt")))).isEqualTo(Duration.ofMinutes(1));
        JsonPath item = items(id);
        assertThat(item.getString("items[0].outcome")).isEqualTo("FAILED");
        assertThat(item.getString("items[0].importLink")).isNull();

        gdelt.publish(folder, "20310603000000", export);
        JsonPath fixed = pollAndWait(id);
        assertThat(fixed.getString("status")).isEqualTo("OK");
        assertThat(fixed.getString("lastError")).isNull();
        assertThat(items(id).getString("items[0].outcome")).isEqualTo("IMPORTED");
        assertThat(items(id).getInt("items[0].attempts")).isEqualTo(2);
    }

    @Test
    void aTruncatedZipIsRefusedWithItsReason() {
        String folder = folder();
        byte[] zip = FakeGdelt.zip("20310604000000.export.CSV", GdeltRow.file(GdeltRow.of(IDS.incrementAndGet(),
                "20310604", "IND", "KOR", "040")));
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);
        gdelt.list(folder, "20310604000000", truncated, FakeGdelt.md5(truncated), truncated.length);
        String id = addFeed(folder, List.of(), List.of());

        JsonPath feed = feed(id);
        assertThat(feed.getString("status")).isEqualTo("FAILING");
        assertThat(items(id).getString("items[0].outcome")).isEqualTo("FAILED");
        assertThat(items(id).getString("items[0].importLink")).isNull();
    }

    @Test
    void aListThatCannotBeFetchedBacksOffLongerAfterEachFailureAndSaysWhy() {
        String folder = folder();
        String id = addFeed(folder, List.of(), List.of());

        JsonPath first = feed(id);
        assertThat(first.getString("lastError")).contains("HTTP 404");
        JsonPath second = pollAndWait(id);
        assertThat(second.getInt("failures")).isEqualTo(2);
        assertThat(Duration.between(Instant.parse(second.getString("lastPollAt")),
                Instant.parse(second.getString("nextPollAt")))).isEqualTo(Duration.ofMinutes(2));

        gdelt.answer(folder + "/lastupdate.txt", 500);
        assertThat(pollAndWait(id).getString("lastError")).contains("HTTP 500");
    }

    @Test
    void aRedirectLoopIsGivenUpAfterFiveRedirects() {
        String folder = folder();
        gdelt.redirect(folder + "/lastupdate.txt", gdelt.url(folder + "/lastupdate.txt"));
        String id = addFeed(folder, List.of(), List.of());

        assertThat(feed(id).getString("lastError")).contains("redirected more than 5 times");
        assertThat(gdelt.requests(folder + "/lastupdate.txt")).hasSize(6);
    }

    @Test
    void aListThatIsNotGdeltsFormatIsRefusedNamingTheLine() {
        String folder = folder();
        gdelt.put(folder + "/list.txt", "<html><body>Moved</body></html>\n");
        String id = addFeed(folder + "/list.txt", List.of(), List.of());

        assertThat(feed(id).getString("lastError")).contains("line 1 of the file list is not 'size MD5 URL'");
    }

    private static String folder() {
        return "/gdelt-" + FEEDS.incrementAndGet() + "-" + System.nanoTime();
    }

    /**
     * Adds a GDELT_EVENTS feed reading the folder's lastupdate.txt (or the path given, when it names a file), and waits
     * for the poll that adding it starts to be recorded.
     */
    static String addFeed(String path, List<String> parties, List<String> roots) {
        String id = "gdelt-" + FEEDS.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> feed = new HashMap<>();
        feed.put("id", id);
        feed.put("kind", "GDELT_EVENTS");
        feed.put("url", gdelt.url(path.endsWith(".txt") ? path : path + "/lastupdate.txt"));
        feed.put("parties", parties);
        feed.put("cameoRoots", roots);
        given().contentType(ContentType.JSON).body(feed).post("/api/feeds").then().statusCode(201);
        awaitPollAfter(id, null);
        return id;
    }

    /** Asks for a poll and waits until the feed shows it recorded; returns the feed. */
    static JsonPath pollAndWait(String id) {
        String before = feed(id).getString("lastPollAt");
        given().post("/api/feeds/" + id + "/poll").then().statusCode(202);
        return awaitPollAfter(id, before);
    }

    private static JsonPath awaitPollAfter(String id, String lastPollAt) {
        return Awaitility.await("a poll of " + id).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> feed(id), f -> f.getString("lastPollAt") != null
                        && !Objects.equals(f.getString("lastPollAt"), lastPollAt));
    }

    static JsonPath feed(String id) {
        return given().get("/api/feeds/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath items(String id) {
        return given().get("/api/feeds/" + id + "/items").then().statusCode(200).extract().jsonPath();
    }

}
