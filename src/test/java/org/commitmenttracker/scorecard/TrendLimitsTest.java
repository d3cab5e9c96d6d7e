package org.commitmenttracker.scorecard;

import static io.restassured.RestAssured.given;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A trend larger than tracker.scorecards.max-lines is refused with what to ask instead; one group fits. */
@QuarkusTest
@TestProfile(TrendLimitsTest.FewLines.class)
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class TrendLimitsTest {

    /** The suite's profile with trends of at most four lines. */
    public static class FewLines implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.scorecards.max-lines", "4");
        }

        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @Test
    void aTrendOfMoreLinesThanAllowedIsRefusedAndOneGroupOfItIsAnswered() {
        String party = uniqueParty();
        String other = uniqueParty();
        given().contentType(ContentType.JSON).body(oneOff(createSource(), uniqueTopic(), List.of(party, other),
                "2035-02-01")).post("/api/commitments").then().statusCode(201);
        FixedToday.is("2035-01-03");
        given().contentType(ContentType.JSON).body("{}").post("/api/evaluations").then().statusCode(201);

        given().queryParam("every", "P1D").queryParam("from", "2035-01-01").queryParam("to", "2035-01-03")
                .get("/api/scorecards/trend").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("every"))
                .body("errors[0].message", containsString("more than 4; ask for one group"));
        given().queryParam("group", party).queryParam("every", "P1D").queryParam("from", "2035-01-01")
                .queryParam("to", "2035-01-03").get("/api/scorecards/trend").then().statusCode(200)
                .body("periods.size()", equalTo(3)).body("periods[2].items[0].group", equalTo(party));
    }
}
