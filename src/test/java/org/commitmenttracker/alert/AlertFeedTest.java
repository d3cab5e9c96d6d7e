package org.commitmenttracker.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Status changes as an Atom feed that a real feed parser reads. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class AlertFeedTest {

    @Test
    void eachStatusChangeOfACurrentRunIsAnEntryLinkingToTheCommitment() throws Exception {
        Map<String, Object> commitment = TestData.oneOff(TestData.createSource(), TestData.uniqueTopic(),
                List.of("KOR"), "2021-12-10");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        String id = (String) commitment.get("id");
        FixedToday.is("2021-12-09");
        evaluate("2021-12-09");
        evaluate("2021-06-01"); // a replay: never an alert
        FixedToday.is("2021-12-11");
        evaluate("2021-12-11");
        evaluate("2021-12-11"); // no change: no entry

        SyndFeed feed = feed(Map.of("commitment", id));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(2);
        SyndEntry latest = feed.getEntries().get(0);
        assertThat(latest.getTitle()).isEqualTo("The parties promised to meet once: due soon → overdue");
        assertThat(latest.getLink()).isEqualTo("http://localhost:8080/commitments/" + id);
        assertThat(latest.getCategories()).extracting(c -> c.getName()).containsExactly("OVERDUE");
        assertThat(latest.getDescription().getValue()).contains("No matching event", "as of 2021-12-11");
        assertThat(latest.getUpdatedDate()).isNotNull();
        assertThat(feed.getEntries().get(1).getTitle()).endsWith(": due soon");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates();

        assertThat(feed(Map.of("commitment", id, "status", "OVERDUE")).getEntries()).hasSize(1);
        assertThat(feed(Map.of("commitment", id, "actor", "Republic of Korea")).getEntries()).hasSize(2);
        assertThat(feed(Map.of("commitment", id, "actor", "IND")).getEntries()).isEmpty();
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        given().queryParam("status", "LATE").get("/api/alerts/feed").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("size", "0").get("/api/alerts/feed").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static SyndFeed feed(Map<String, String> query) throws Exception {
        String xml = given().accept("application/atom+xml").queryParams(query).get("/api/alerts/feed").then()
                .statusCode(200).contentType("application/atom+xml").extract().asString();
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static void evaluate(String asOf) {
        given().contentType(ContentType.JSON).body(Map.of("asOf", asOf)).post("/api/evaluations").then()
                .statusCode(201);
    }
}
