package org.commitmenttracker.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** RSS and Atom feeds of releases against a local server standing for a ministry's site. */
@QuarkusTest
@TestSecurity(user = "fern", roles = {Roles.VIEWER, Roles.STAFF, Roles.RULES_ADMIN})
class ReleaseFeedTest {

    private static final AtomicLong SITES = new AtomicLong();
    private static FakeGdelt site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeGdelt();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void eachNewRssItemBecomesASourceReadForCandidatesAndNothingIsReadTwice() {
        String folder = folder();
        site.put(folder + "/commission.html", page("India and the Republic of Korea agreed to hold the Joint "
                + "Commission meeting annually, alternately in New Delhi and Seoul."));
        site.put(folder + "/visit.html", page("The Republic of Korea invited India to join the 2031 Peacekeeping "
                + "Ministerial. India agreed to send a delegation to the Ministerial by October 2031."));
        site.put(folder + "/rss.xml", rss(item("Joint Commission", folder + "/commission.html",
                "Mon, 03 Mar 2031 10:00:00 GMT"), item("Peacekeeping", folder + "/visit.html",
                "Tue, 04 Mar 2031 09:30:00 GMT")));
        String id = addFeed("RSS", folder + "/rss.xml", "Ministry of External Affairs");

        JsonPath feed = GdeltFeedTest.feed(id);
        assertThat(feed.getString("status")).isEqualTo("OK");
        assertThat(feed.getLong("itemsNew")).isEqualTo(2);
        JsonPath items = GdeltFeedTest.items(id);
        assertThat(items.getList("items.outcome")).containsExactly("READ", "READ");
        assertThat(items.getString("items[1].detail")).matches("[1-9]\\d* candidate\\(s\\)");
        String source = items.getString("items.find { it.key.endsWith('commission.html') }.sourceLink");
        given().get(source).then().statusCode(200).body("publisher", equalTo("Ministry of External Affairs"))
                .body("statedOn", equalTo("2031-03-03")).body("title", equalTo("Joint Commission"));
        given().get(source + "/text").then().statusCode(200);

        site.put(folder + "/rss.xml", rss(item("Visit", folder + "/visit.html", "Tue, 04 Mar 2031 09:30:00 GMT")));
        GdeltFeedTest.pollAndWait(id);
        site.put(folder + "/rss.xml", rss(item("Joint Commission", folder + "/commission.html",
                "Mon, 03 Mar 2031 10:00:00 GMT"), item("Visit", folder + "/visit.html", "Tue, 04 Mar 2031 09:30:00 GMT")));
        assertThat(GdeltFeedTest.pollAndWait(id).getLong("itemsNew")).isEqualTo(2);
        assertThat(site.requests(folder + "/commission.html")).hasSize(1);
        assertThat(site.requests(folder + "/visit.html")).hasSize(1);
    }

    @Test
    void anAtomEntryIsDatedByItsUpdatedTime() {
        String folder = folder();
        site.put(folder + "/release.html", page("The two sides agreed to launch negotiations on a maritime "
                + "agreement by the end of 2031."));
        site.put(folder + "/atom.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Ministry of Foreign Affairs: press releases</title>
                  <id>urn:example:mofa</id>
                  <updated>2031-05-06T08:00:00Z</updated>
                  <entry>
                    <title>Outcome of the strategic dialogue</title>
                    <id>urn:example:mofa:1</id>
                    <link href="%s"/>
                    <updated>2031-05-06T08:00:00Z</updated>
                  </entry>
                </feed>
                """.formatted(site.url(folder + "/release.html")));
        String id = addFeed("ATOM", folder + "/atom.xml", null);

        String source = GdeltFeedTest.items(id).getString("items[0].sourceLink");
        given().get(source).then().statusCode(200).body("statedOn", equalTo("2031-05-06"))
                .body("publisher", equalTo("Ministry of Foreign Affairs: press releases"));
    }

    @Test
    void aPageThatCannotBeFetchedIsTriedAgainAndOneNotInEnglishIsSkippedWithTheReason() {
        String folder = folder();
        site.put(folder + "/fr.html", page("Les deux parties sont convenues de tenir la commission mixte chaque "
                + "année et de renforcer leur coopération dans les domaines de la défense et du commerce."));
        site.put(folder + "/rss.xml", rss(item("Communiqué", folder + "/fr.html", "Mon, 03 Mar 2031 10:00:00 GMT"),
                item("Missing", folder + "/later.html", "Tue, 04 Mar 2031 10:00:00 GMT")));
        String id = addFeed("RSS", folder + "/rss.xml", "Ministère");

        JsonPath feed = GdeltFeedTest.feed(id);
        assertThat(feed.getString("status")).isEqualTo("FAILING");
        assertThat(feed.getString("lastError")).contains("later.html").contains("HTTP 404");
        JsonPath items = GdeltFeedTest.items(id);
        assertThat(items.getString("items.find { it.key.endsWith('fr.html') }.outcome")).isEqualTo("SKIPPED");
        assertThat(items.getString("items.find { it.key.endsWith('fr.html') }.detail")).contains("English");

        site.put(folder + "/later.html", page("India agreed to host the next round of talks in 2031."));
        assertThat(GdeltFeedTest.pollAndWait(id).getString("status")).isEqualTo("OK");
        JsonPath after = GdeltFeedTest.items(id);
        assertThat(after.getString("items.find { it.key.endsWith('later.html') }.outcome")).isEqualTo("READ");
        assertThat(after.getInt("items.find { it.key.endsWith('later.html') }.attempts")).isEqualTo(2);
        assertThat(site.requests(folder + "/fr.html")).hasSize(1);
    }

    @Test
    void malformedXmlLeavesTheFeedFailingWithTheReason() {
        String folder = folder();
        site.put(folder + "/rss.xml", "<rss><channel><item><title>cut off");
        String id = addFeed("RSS", folder + "/rss.xml", "Ministry");

        assertThat(GdeltFeedTest.feed(id).getString("lastError")).contains("not an RSS or Atom feed");
    }

    @Test
    void aReleaseFeedTakesNoPartyOrRootFilter() {
        Map<String, Object> feed = feedBody("RSS", "/x/rss.xml", "Ministry");
        feed.put("cameoRoots", List.of("04"));
        given().contentType(ContentType.JSON).body(feed).post("/api/feeds").then().statusCode(400)
                .body("errors.field", hasItem("cameoRoots"))
                .body("errors.message", hasItem(containsString("GDELT_EVENTS feeds only")));
    }

    private static String folder() {
        return "/ministry-" + SITES.incrementAndGet() + "-" + System.nanoTime();
    }

    private static String addFeed(String kind, String path, String publisher) {
        Map<String, Object> feed = feedBody(kind, path, publisher);
        given().contentType(ContentType.JSON).body(feed).post("/api/feeds").then().statusCode(201);
        String id = (String) feed.get("id");
        Awaitility.await("the first poll of " + id).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> GdeltFeedTest.feed(id), f -> Objects.nonNull(f.getString("lastPollAt")));
        return id;
    }

    private static Map<String, Object> feedBody(String kind, String path, String publisher) {
        Map<String, Object> feed = new HashMap<>();
        feed.put("id", "releases-" + SITES.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36));
        feed.put("kind", kind);
        feed.put("url", site.url(path));
        if (publisher != null) {
            feed.put("publisher", publisher);
        }
        return feed;
    }

    private static String item(String title, String path, String date) {
        return "<item><title>" + title + "</title><link>" + site.url(path) + "</link><pubDate>" + date
                + "</pubDate></item>";
    }

    /** Items are given oldest first, and listed newest first as feeds do. */
    private static String rss(String... items) {
        StringBuilder channel = new StringBuilder();
        for (int i = items.length - 1; i >= 0; i--) {
            channel.append(items[i]);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Press releases</title>"
                + "<link>https://ministry.example/</link><description>Releases</description>" + channel
                + "</channel></rss>";
    }

    private static String page(String body) {
        return "<html><head><title>Release</title></head><body><nav><a href=\"/\">Home</a> | <a href=\"/media\">Media"
                + "</a></nav><main><h1>Press release</h1><p>" + body + "</p></main><footer>Copyright</footer></body>"
                + "</html>";
    }
}
