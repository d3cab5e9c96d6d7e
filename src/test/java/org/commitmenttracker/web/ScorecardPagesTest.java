package org.commitmenttracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The Scorecards page shows each group as the API counts it, in a table and a chart that say the same; the report
 * stands alone; a release's page says how its commitments stand.
 */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class ScorecardPagesTest {

    @Test
    void eachGroupsRowAndBarAgreeWithTheApiAndLinkToItsCommitments() {
        FixedToday.is("2036-03-10");
        String party = uniqueParty();
        String topic = uniqueTopic();
        String source = createSource();
        commitment(oneOff(source, uniqueTopic(), List.of(party), "2036-01-01"));
        commitment(oneOff(source, topic, List.of(party), "2036-12-31"));
        given().contentType(ContentType.JSON).body(event("2036-02-01", "meeting", List.of(party), topic))
                .post("/api/events").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{}").post("/api/evaluations").then().statusCode(201);

        JsonPath api = given().queryParam("group", party).get("/api/scorecards").then().statusCode(200).extract()
                .jsonPath();
        Document page = html("/scorecards?by=party&group=" + party);
        Element row = page.select("table.list tbody tr").stream()
                .filter(r -> r.child(0).text().equals(party)).findFirst().orElseThrow();
        assertThat(row.select("td").eachText()).containsExactly(party, "2", "1", "0", "1", "0", "+0.00");
        assertThat(api.getInt("items[0].counts.FULFILLED")).isEqualTo(1);
        assertThat(api.getInt("items[0].counts.OVERDUE")).isEqualTo(1);
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/commitments?actor=" + party);
        Element chart = page.selectFirst("svg.chart");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.selectFirst("desc").text()).isNotBlank();
        assertThat(page.select("h2").eachText()).contains(party + " over time");
        assertThat(page.select("script")).as("no script on the page").isEmpty();
        assertThat(page.select("select[name=every] option[selected]").val()).isEqualTo("P1M");
        assertThat(page.select("section[aria-labelledby=trend-title] tbody tr")).as("twelve months").hasSize(12);

        Document weekly = html("/scorecards?by=party&group=" + party + "&every=P1W");
        assertThat(weekly.select("select[name=every] option[selected]").text()).as("P1W is P7D").isEqualTo("weeks");
        assertThat(weekly.select("section[aria-labelledby=trend-title] tbody tr")).as("twelve weeks").hasSize(12);
        assertThat(weekly.selectFirst("a:contains(Printable report)").attr("href")).endsWith("&every=P7D");

        Document release = html("/sources/" + source + "/release");
        assertThat(release.selectFirst(".follow-through").text()).contains("1 of 2 kept, 1 overdue; score +0.00");
    }

    @Test
    void theReportCarriesItsStylesAndNothingFromElsewhere() {
        FixedToday.is("2036-03-11");
        String party = uniqueParty();
        commitment(oneOff(createSource(), uniqueTopic(), List.of(party), "2036-01-01"));
        given().contentType(ContentType.JSON).body("{}").post("/api/evaluations").then().statusCode(201);

        String policy = given().accept(ContentType.HTML).get("/scorecards/report?by=party&group=" + party).then()
                .statusCode(200).extract().header("Content-Security-Policy");
        assertThat(policy).startsWith("default-src 'none'; style-src 'sha256-").doesNotContain("unsafe");
        Document report = html("/scorecards/report?by=party&group=" + party);
        assertThat(report.select("style").html()).contains("svg.chart");
        assertThat(report.select("link[rel=stylesheet], script, img, iframe")).isEmpty();
        assertThat(report.select("header.site, form")).isEmpty();
        assertThat(report.select("h2").eachText()).contains("By party", party + " over time");
    }

    @Test
    void anUnknownGroupingIsRefusedNamingTheField() {
        given().accept(ContentType.HTML).get("/scorecards?by=colour").then().statusCode(400);
    }

    private static Document html(String path) {
        return Jsoup.parse(given().accept(ContentType.HTML).get(path).then().statusCode(200).extract().asString());
    }

    private static void commitment(Map<String, Object> c) {
        given().contentType(ContentType.JSON).body(c).post("/api/commitments").then().statusCode(201);
    }
}
