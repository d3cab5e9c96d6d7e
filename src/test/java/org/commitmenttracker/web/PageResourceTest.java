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
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class PageResourceTest {

    @Test
    void commitmentPageListsEveryEvidenceEventOldestFirst() {
        FixedToday.is("2021-12-11");
        String topic = uniqueTopic();
        String party = uniqueParty();
        Map<String, Object> commitment = oneOff(createSource(), topic, List.of(party), "2021-12-10");
        given().contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        for (String date : List.of("2021-09-01", "2021-03-01", "2021-06-01")) {
            given().contentType(ContentType.JSON).body(event(date, "meeting", List.of(party), topic))
                    .post("/api/events").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(Map.of("asOf", "2021-12-11")).post("/api/evaluations")
                .then().statusCode(201);

        String html = given().accept(ContentType.HTML).get("/commitments/{id}", commitment.get("id"))
                .then().statusCode(200).extract().asString();
        String evidence = html.substring(html.indexOf("id=\"evidence-title\""));
        assertThat(evidence.indexOf("<time datetime=\"2021-03-01\">")).isPositive()
                .isLessThan(evidence.indexOf("<time datetime=\"2021-06-01\">"));
        assertThat(evidence.indexOf("<time datetime=\"2021-06-01\">"))
                .isLessThan(evidence.indexOf("<time datetime=\"2021-09-01\">"));
    }
}
