package org.commitmenttracker.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Adding and removing feeds: bad ones refused naming the field with nothing stored, and who may do what. */
@QuarkusTest
@TestSecurity(user = "fern", roles = {Roles.VIEWER, Roles.RULES_ADMIN})
class FeedResourceTest {

    @Inject
    FeedRepository feeds;

    @Inject
    FeedPolling polling;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kind       | RSS_MAYBE               | kind",
            "url        | ftp://files.example/x   | url",
            "url        | not a url at all        | url",
            "url        | http://user:pw@gdelt.example/lastupdate.txt | url",
            "every      | PT30S                   | every",
            "every      | P30D                    | every",
            "every      | fortnightly             | every",
            "id         | has spaces              | id"})
    void aBadFieldIsRefusedNamingItAndNothingIsStored(String field, String value, String named) {
        Map<String, Object> feed = feed("bad-" + System.nanoTime());
        feed.put(field, value);
        long before = feeds.count();
        given().contentType(ContentType.JSON).body(feed).post("/api/feeds").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString(named)));
        assertThat(feeds.count()).isEqualTo(before);
    }

    @Test
    void aPartyTheVocabularyDoesNotKnowIsRefusedWithTheClosestOnes() {
        Map<String, Object> feed = feed("parties-" + System.nanoTime());
        feed.put("parties", List.of("India", "Atlantis"));
        given().contentType(ContentType.JSON).body(feed).post("/api/feeds").then().statusCode(400)
                .body("errors.field", hasItem("parties[1]"))
                .body("errors.message", hasItem(containsString("'Atlantis' is not in the parties vocabulary")));
        given().get("/api/feeds/" + feed.get("id")).then().statusCode(404);
    }

    @Test
    void aCameoRootOutsideOneToTwentyIsRefused() {
        Map<String, Object> feed = feed("roots-" + System.nanoTime());
        feed.put("cameoRoots", List.of("04", "21"));
        given().contentType(ContentType.JSON).body(feed).post("/api/feeds").then().statusCode(400)
                .body("errors.field", hasItem(containsString("cameoRoots")));
    }

    @Test
    void aFeedIsAddedWithItsPartiesAsConceptsListedAndRemovedWithItsItems() {
        String id = "added-" + System.nanoTime();
        Map<String, Object> feed = feed(id);
        feed.put("parties", List.of("India", "Republic of Korea"));
        feed.put("every", "PT1H");
        given().contentType(ContentType.JSON).body(feed).post("/api/feeds").then().statusCode(201)
                .header("Location", containsString("/api/feeds/" + id))
                .body("parties", equalTo(List.of("IND", "KOR"))).body("every", equalTo("PT1H"))
                .body("trusted", equalTo(false)).body("createdBy", equalTo("fern"));
        given().contentType(ContentType.JSON).body(feed).post("/api/feeds").then().statusCode(409);
        assertThat(given().get("/api/feeds").then().statusCode(200).extract().jsonPath().getList("id"))
                .contains(id);

        given().delete("/api/feeds/" + id).then().statusCode(204);
        given().get("/api/feeds/" + id).then().statusCode(404);
        given().get("/api/feeds/" + id + "/items").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "vic", roles = {Roles.VIEWER, Roles.STAFF})
    void staffReadFeedsButOnlyRulesAdminsAddThem() {
        given().get("/api/feeds").then().statusCode(200);
        given().contentType(ContentType.JSON).body(feed("staff-" + System.nanoTime())).post("/api/feeds").then()
                .statusCode(403);
    }

    @Test
    void aFeedIsClaimedByOneInstanceAtATime() {
        String id = "claimed-" + System.nanoTime();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> feeds.persist(notDue(id, now)));
        Instant until = now.plusSeconds(600);
        boolean first = QuarkusTransaction.requiringNew().call(() -> feeds.claim(id, "instance-a", now, until));
        boolean second = QuarkusTransaction.requiringNew().call(() -> feeds.claim(id, "instance-b", now, until));
        boolean afterTheLease = QuarkusTransaction.requiringNew().call(() ->
                feeds.claim(id, "instance-b", until.plusSeconds(1), until.plusSeconds(601)));
        assertThat(List.of(first, second, afterTheLease)).containsExactly(true, false, true);
    }

    /** A feed stored directly, due only in a year, so that no poll round takes it. */
    private static Feed notDue(String id, Instant now) {
        Feed feed = new Feed();
        feed.id = id;
        feed.kind = FeedKind.GDELT_EVENTS;
        feed.url = "http://localhost:9/lastupdate.txt";
        feed.everySeconds = 900;
        feed.createdAt = now;
        feed.createdBy = "test";
        feed.nextPollAt = now.plus(Duration.ofDays(365));
        return feed;
    }

    @Test
    void failuresInARowDoubleTheWaitUpToTheLongest() {
        assertThat(List.of(polling.backoff(1), polling.backoff(2), polling.backoff(3), polling.backoff(30)))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                        Duration.ofHours(6));
    }

    private static Map<String, Object> feed(String id) {
        Map<String, Object> feed = new HashMap<>();
        feed.put("id", id);
        feed.put("kind", "GDELT_EVENTS");
        feed.put("url", "http://localhost:9/gdeltv2/lastupdate.txt");
        return feed;
    }
}
