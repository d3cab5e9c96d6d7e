package org.commitmenttracker.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The vocabulary over REST: browsing, resolving, and terms given in natural words counting where they should. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
class VocabularyResourceTest {

    @Test
    void theOverviewListsTheThreeSchemesWithTheRulesVersion() {
        var rules = given().get("/api/rules").then().statusCode(200)
                .body("vocabulary.scheme", contains("event-types", "parties", "topics")).extract().jsonPath();
        String version = rules.getString("version");
        int topics = rules.getInt("vocabulary.find { it.scheme == 'topics' }.concepts");
        given().get("/api/vocabulary").then().statusCode(200)
                .body("schemes.find { it.id == 'topics' }.concepts", equalTo(topics))
                .body("rulesVersion", equalTo(version))
                .body("schemes.id", contains("event-types", "parties", "topics"))
                .body("schemes.find { it.id == 'parties' }.concepts", greaterThan(240))
                .body("schemes.find { it.id == 'event-types' }.codeLists.id", hasItems("cameo", "plover"));
    }

    @Test
    void aSearchFindsConceptsByAnyLabelAndPages() {
        given().queryParam("q", "UNSC").get("/api/vocabulary/topics").then().statusCode(200)
                .body("items[0].id", equalTo("security-council")).body("total", greaterThan(0));
        given().queryParam("size", 5).get("/api/vocabulary/parties").then().statusCode(200)
                .body("items.size()", equalTo(5)).body("total", greaterThan(240));
    }

    @Test
    void aConceptShowsItsNeighboursCodesAndWhereItIsDefined() {
        given().get("/api/vocabulary/topics/defence").then().statusCode(200)
                .body("broader.id", contains("security"))
                .body("narrower.id", hasItems("defence-industry", "defence-technology"))
                .body("definedIn", startsWith("vocabulary/topics.yaml:"))
                .body("usage.commitments", greaterThan(0));
        given().get("/api/vocabulary/event-types/visit").then().statusCode(200)
                .body("mappings.cameo", contains("042", "043"));
        given().get("/api/vocabulary/parties/KOR").then().statusCode(200)
                .body("mappings.fips", contains("KS")).body("altLabels", hasItem("Republic of Korea"));
    }

    @Test
    void aTermResolvesWithHowItWasRecognised() {
        given().queryParam("scheme", "parties").queryParam("term", "Republic of Korea")
                .get("/api/vocabulary/resolve").then().statusCode(200)
                .body("resolved", equalTo(true)).body("concept.id", equalTo("KOR")).body("matchedBy", equalTo("altLabel"));
        given().queryParam("scheme", "event-types").queryParam("term", "057")
                .get("/api/vocabulary/resolve").then().statusCode(200)
                .body("concept.id", equalTo("agreement")).body("matchedBy", equalTo("code:cameo"));
        given().queryParam("scheme", "topics").queryParam("term", "securty council")
                .get("/api/vocabulary/resolve").then().statusCode(200)
                .body("resolved", equalTo(false)).body("concept", nullValue())
                .body("suggestions[0].id", equalTo("security-council"))
                .body("message", equalTo("'securty council' is not in the topics vocabulary; did you mean "
                        + "security-council (UN Security Council)?"));
    }

    @Test
    void unknownSchemesAndConceptsAre404AndBadTerms400() {
        given().get("/api/vocabulary/colours").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/vocabulary/topics/no-such-concept").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("scheme", "colours").queryParam("term", "red").get("/api/vocabulary/resolve")
                .then().statusCode(404);
        given().queryParam("scheme", "topics").queryParam("term", " ").get("/api/vocabulary/resolve")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("term"));
        given().queryParam("scheme", "topics").queryParam("term", "x".repeat(101)).get("/api/vocabulary/resolve")
                .then().statusCode(400).body("errors[0].field", equalTo("term"));
        given().queryParam("q", "x".repeat(101)).get("/api/vocabulary/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void anEventInNaturalWordsIsStoredAsConceptsWithTheWordsKept() {
        Map<String, Object> event = TestData.event("2030-06-01", "talks", List.of("Republic of Korea", "IND"),
                "UN Security Council");
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201)
                .body("type", equalTo("meeting"))
                .body("participants", contains("IND", "KOR"))
                .body("topics", contains("security-council"))
                .body("termsAsGiven.given", contains("talks", "Republic of Korea", "UN Security Council"))
                .body("termsAsGiven.field", contains("type", "participants", "topics"))
                .body("warnings", nullValue());
        given().get("/api/events/{id}", event.get("id")).then().statusCode(200)
                .body("termsAsGiven.concept", contains("meeting", "KOR", "security-council"));
        given().queryParam("topic", "UNSC").queryParam("actor", "South Korea").queryParam("type", "044")
                .queryParam("from", "2030-06-01").queryParam("to", "2030-06-01").get("/api/events")
                .then().statusCode(200).body("items.id", hasItem(event.get("id")));
    }

    @Test
    void anUnknownTermIsStoredUncontrolledWithAWarningAndListedAsUnknown() {
        String typo = "Securty Cooncil " + TestData.unique("x");
        Map<String, Object> event = TestData.event("2030-06-01", "meeting", List.of("KOR", "IND"), typo);
        String stored = Labels.slug(typo);
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201)
                .body("topics", contains(stored))
                .body("warnings[0].field", equalTo("topics"))
                .body("warnings[0].term", equalTo(typo));
        given().queryParam("scheme", "topics").get("/api/vocabulary/unknown").then().statusCode(200)
                .body("find { it.term == '" + stored + "' }.uses", equalTo(1));
    }

    @Test
    void anUncontrolledPartyOfTheLongestTermIsStored() {
        String party = "Ministry of " + "x".repeat(88);
        Map<String, Object> event = TestData.event("2030-06-01", "meeting", List.of(party), "defence");
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201)
                .body("participants[0]", equalTo(Labels.slug(party).toUpperCase(java.util.Locale.ROOT)))
                .body("warnings[0].field", equalTo("participants"));
    }

    @Test
    void anEventCountsForBroaderConceptsOnlyInOneDirection() {
        String source = TestData.createSource();
        Map<String, Object> onDefence = commitment(source, "defence");
        Map<String, Object> onIndustry = commitment(source, "defence-industry");
        given().contentType(ContentType.JSON).body(onDefence).post("/api/commitments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(onIndustry).post("/api/commitments").then().statusCode(201);
        Map<String, Object> industryTalks = TestData.event("2030-06-01", "consultations", List.of("ROK", "India"),
                "defense industry");
        Map<String, Object> defenceTalks = TestData.event("2030-06-02", "talks", List.of("KOR", "IND"), "defense");
        given().contentType(ContentType.JSON).body(industryTalks).post("/api/events").then().statusCode(201);
        given().contentType(ContentType.JSON).body(defenceTalks).post("/api/events").then().statusCode(201);

        var outcomes = given().contentType(ContentType.JSON).body(Map.of("asOf", "2030-12-11"))
                .post("/api/evaluations?dryRun=true").then().statusCode(200).extract().jsonPath();
        String defence = "outcomes.find { it.commitmentId == '" + onDefence.get("id") + "' }";
        String industry = "outcomes.find { it.commitmentId == '" + onIndustry.get("id") + "' }";
        org.assertj.core.api.Assertions.assertThat(outcomes.getList(defence + ".evidenceIds", String.class))
                .contains((String) industryTalks.get("id"), (String) defenceTalks.get("id"));
        org.assertj.core.api.Assertions.assertThat(outcomes.getList(industry + ".evidenceIds", String.class))
                .contains((String) industryTalks.get("id")).doesNotContain((String) defenceTalks.get("id"));
        org.assertj.core.api.Assertions.assertThat(outcomes.getString(industry + ".status")).isEqualTo("FULFILLED");
    }

    @Test
    void aDryRunWithAnEditedVocabularyAdoptsAnUncontrolledTerm() throws Exception {
        String source = TestData.createSource();
        String word = "zz" + TestData.unique("council").replace("-", "");
        Map<String, Object> promise = commitment(source, "security-council");
        given().contentType(ContentType.JSON).body(promise).post("/api/commitments").then().statusCode(201);
        Map<String, Object> event = TestData.event("2030-06-03", "meeting", List.of("KOR", "IND"), word);
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201)
                .body("topics", contains(word));
        String outcome = "outcomes.find { it.commitmentId == '" + promise.get("id") + "' }";

        given().contentType(ContentType.JSON).body(Map.of("asOf", "2030-12-11"))
                .post("/api/evaluations?dryRun=true").then().statusCode(200)
                .body(outcome + ".evidenceIds", not(hasItem(event.get("id"))));
        String topics = java.nio.file.Files.readString(java.nio.file.Path.of("rules/vocabulary/topics.yaml"));
        String adopted = topics.replace("altLabels: [UNSC,", "altLabels: [" + word + ", UNSC,");
        org.assertj.core.api.Assertions.assertThat(adopted).isNotEqualTo(topics);
        given().contentType(ContentType.JSON).body(Map.of("asOf", "2030-12-11",
                        "rules", List.of(Map.of("path", "vocabulary/topics.yaml", "content", adopted))))
                .post("/api/evaluations?dryRun=true").then().statusCode(200)
                .body(outcome + ".status", equalTo("FULFILLED"))
                .body(outcome + ".evidenceIds", hasItem(event.get("id")));
    }

    @Test
    void aBrokenVocabularyIsRefusedWithFileAndLineByValidation() {
        String broken = "scheme: topics\nconcepts:\n  - {id: a, prefLabel: A, broader: [b]}\n"
                + "  - {id: b, prefLabel: B, broader: [a]}\n";
        given().contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "vocabulary/extra.yaml", "content", broken))))
                .post("/api/rules/validate").then().statusCode(422).contentType("application/problem+json")
                .body("ruleErrors[0].file", equalTo("vocabulary/extra.yaml"))
                .body("ruleErrors[0].line", equalTo(3))
                .body("ruleErrors[0].message", equalTo("topics: broader concepts form a cycle: a -> b -> a"));
    }

    private static Map<String, Object> commitment(String source, String topic) {
        Map<String, Object> c = TestData.oneOff(source, topic, List.of("KOR", "IND"), "2030-12-10");
        c.put("statedOn", "2030-01-07");
        return c;
    }
}
