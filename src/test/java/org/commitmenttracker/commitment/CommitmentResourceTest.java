package org.commitmenttracker.commitment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueParty;
import static org.commitmenttracker.TestData.uniqueTopic;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
class CommitmentResourceTest {

    @Inject
    CommitmentRepository commitments;

    @Test
    void shouldCreateAndGetACommitment() {
        String source = createSource();
        String topic = uniqueTopic();
        Map<String, Object> body = oneOff(source, topic, List.of("KOR", "IND"), "2021-12-10");

        given().contentType(ContentType.JSON).body(body).post("/api/commitments")
                .then().statusCode(201)
                .header("Location", endsWith("/api/commitments/" + body.get("id")))
                .body("kind", equalTo("ONE_OFF"))
                .body("source.id", equalTo(source))
                .body("evidence.topics", containsInAnyOrder(topic))
                .body("evidence.parties", containsInAnyOrder("IND", "KOR"))
                .body("latestOutcome", nullValue());

        given().get("/api/commitments/{id}", body.get("id"))
                .then().statusCode(200)
                .body("deadline", equalTo("2021-12-10"))
                .body("actors", containsInAnyOrder("IND", "KOR"))
                .body("quote", equalTo("agreed to meet"));
    }

    @Test
    void shouldGenerateAnIdWhenNoneIsGiven() {
        Map<String, Object> body = oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10");
        body.remove("id");
        String id = given().contentType(ContentType.JSON).body(body).post("/api/commitments")
                .then().statusCode(201).extract().path("id");
        given().get("/api/commitments/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldFilterByActorTopicKindAndSourceWithTheTotal() {
        String source = createSource();
        String topic = uniqueTopic();
        String party = uniqueParty();
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(oneOff(source, topic, List.of(party), "2021-12-10"))
                    .post("/api/commitments").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(oneOff(source, uniqueTopic(), List.of("KOR"), "2021-12-10"))
                .post("/api/commitments").then().statusCode(201);

        given().queryParam("actor", party).queryParam("size", 2).get("/api/commitments")
                .then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(2))
                .body("size", equalTo(2)).body("page", equalTo(0));
        given().queryParam("actor", party).queryParam("size", 2).queryParam("page", 1).get("/api/commitments")
                .then().statusCode(200).body("items.size()", equalTo(1));
        given().queryParam("topic", topic).queryParam("kind", "ONE_OFF").get("/api/commitments")
                .then().statusCode(200).body("total", equalTo(3));
        given().queryParam("topic", topic).queryParam("kind", "RECURRING").get("/api/commitments")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("source", source).get("/api/commitments")
                .then().statusCode(200).body("total", equalTo(4));
    }

    @Test
    void statusFilterListsTheCurrentRunsMatchesNewestStatementFirstWithTheTotal() {
        FixedToday.is("2021-12-11");
        String source = createSource();
        String topic = uniqueTopic();
        String party = uniqueParty();
        String older = create(source, topic, uniqueParty(), "2021-02-01", "2021-08-01");
        String newest = create(source, topic, party, "2021-05-01", "2021-07-01");
        String middle = create(source, topic, uniqueParty(), "2021-03-01", "2021-06-01");
        create(source, topic, uniqueParty(), "2021-04-01", "2022-12-31");
        int runOverdue = evaluate("2021-12-11").path("counts.OVERDUE");
        String afterTheRun = create(source, topic, uniqueParty(), "2021-06-01", "2021-07-01");

        given().queryParam("status", "OVERDUE").queryParam("source", source).get("/api/commitments")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.id", contains(newest, middle, older))
                .body("items.latestOutcome.status", everyItem(equalTo("OVERDUE")));
        given().queryParam("status", "OVERDUE").queryParam("topic", topic).queryParam("size", 2)
                .queryParam("page", 1).get("/api/commitments")
                .then().body("total", equalTo(3)).body("items.id", contains(older));
        given().queryParam("status", "FULFILLED").queryParam("source", source).get("/api/commitments")
                .then().body("total", equalTo(0)).body("items", empty());
        given().queryParam("source", source).get("/api/commitments")
                .then().body("total", equalTo(5)).body("items.id", hasItem(afterTheRun));
        List<String> statedOn = given().queryParam("status", "OVERDUE").queryParam("size", 100).get("/api/commitments")
                .then().body("total", equalTo(runOverdue)).extract().path("items.statedOn");
        assertThat(statedOn).isSortedAccordingTo(Comparator.reverseOrder());

        given().contentType(ContentType.JSON).body(event("2021-06-15", "meeting", List.of(party), topic))
                .post("/api/events").then().statusCode(201);
        evaluate("2021-12-11");
        given().queryParam("status", "OVERDUE").queryParam("source", source).get("/api/commitments")
                .then().body("total", equalTo(3)).body("items.id", contains(afterTheRun, middle, older));
        given().queryParam("status", "FULFILLED").queryParam("source", source).get("/api/commitments")
                .then().body("items.id", contains(newest));

        evaluate("2021-06-02"); // a replay: stored, never current
        given().queryParam("status", "OVERDUE").queryParam("source", source).get("/api/commitments")
                .then().body("total", equalTo(3)).body("items.id", contains(afterTheRun, middle, older));
        given().get("/api/commitments/{id}", newest).then().body("latestOutcome.status", equalTo("FULFILLED"))
                .body("latestOutcome.asOf", equalTo("2021-12-11"));
    }

    private static ExtractableResponse<Response> evaluate(String asOf) {
        return given().contentType(ContentType.JSON).body(Map.of("asOf", asOf)).post("/api/evaluations")
                .then().statusCode(201).extract();
    }

    private static String create(String source, String topic, String party, String statedOn, String deadline) {
        Map<String, Object> body = oneOff(source, topic, List.of(party), deadline);
        body.put("statedOn", statedOn);
        given().contentType(ContentType.JSON).body(body).post("/api/commitments").then().statusCode(201);
        return (String) body.get("id");
    }

    @Test
    void shouldRefuseAnInvalidCommitmentNamingEachFieldAndStoreNothing() {
        long before = commitments.count();
        Map<String, Object> body = new HashMap<>(oneOff(createSource(), uniqueTopic(), List.of(""), "2021-12-10"));
        body.put("cadence", "P1Y");
        body.remove("quote");

        given().contentType(ContentType.JSON).body(body).post("/api/commitments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("actors[]", "cadence", "quote"));

        assertThat(commitments.count()).isEqualTo(before);
        given().get("/api/commitments/{id}", body.get("id")).then().statusCode(404);
    }

    @Test
    void shouldRequireWhatEachKindNeeds() {
        String source = createSource();
        Map<String, Object> recurring = new HashMap<>(oneOff(source, uniqueTopic(), List.of("KOR"), null));
        recurring.put("kind", "RECURRING");
        expectFieldError(recurring, "cadence");

        Map<String, Object> request = new HashMap<>(oneOff(source, uniqueTopic(), List.of("KOR"), "2021-12-10"));
        request.put("kind", "REQUEST");
        expectFieldError(request, "addressees");

        Map<String, Object> conditional = new HashMap<>(oneOff(source, uniqueTopic(), List.of("KOR"), "2021-12-10"));
        conditional.put("kind", "CONDITIONAL");
        expectFieldError(conditional, "trigger");
        expectFieldError(conditional, "underlyingKind");

        Map<String, Object> oneOffWithGoal = new HashMap<>(oneOff(source, uniqueTopic(), List.of("KOR"), "2021-12-10"));
        oneOffWithGoal.put("goal", Map.of("description", "a seat won", "eventTypes", List.of("election"),
                "topics", List.of("security-council")));
        expectFieldError(oneOffWithGoal, "goal");

        Map<String, Object> early = new HashMap<>(oneOff(source, uniqueTopic(), List.of("KOR"), "2020-01-01"));
        expectFieldError(early, "deadline");

        Map<String, Object> negative = new HashMap<>(oneOff(source, uniqueTopic(), List.of("KOR"), null));
        negative.put("dueWithin", "P-1M");
        expectFieldError(negative, "dueWithin");
    }

    @Test
    void shouldAcceptAConditionalCommitmentWithItsTrigger() {
        Map<String, Object> body = new HashMap<>(oneOff(createSource(), uniqueTopic(), List.of("KOR"), null));
        body.put("kind", "CONDITIONAL");
        body.put("underlyingKind", "ONGOING");
        body.put("reviewWindow", "P6M");
        body.put("trigger", Map.of("description", "travel reopens", "eventTypes", List.of("statement"),
                "topics", List.of("travel-reopening")));
        given().contentType(ContentType.JSON).body(body).post("/api/commitments")
                .then().statusCode(201)
                .body("trigger.description", equalTo("travel reopens"))
                .body("trigger.parties.size()", equalTo(0))
                .body("reviewWindow", equalTo("P6M"));
    }

    @Test
    void shouldRefuseAnUnknownSourceNamingTheField() {
        long before = commitments.count();
        given().contentType(ContentType.JSON).body(oneOff("no-such-source", uniqueTopic(), List.of("KOR"), "2021-12-10"))
                .post("/api/commitments")
                .then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        assertThat(commitments.count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseADuplicateIdAndKeepTheFirst() {
        Map<String, Object> body = oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10");
        given().contentType(ContentType.JSON).body(body).post("/api/commitments").then().statusCode(201);
        Map<String, Object> again = new HashMap<>(body);
        again.put("summary", "Something else");
        given().contentType(ContentType.JSON).body(again).post("/api/commitments")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/api/commitments/{id}", body.get("id")).then().body("summary", equalTo(body.get("summary")));
    }

    @Test
    void shouldRefuseMalformedJsonAndWrongTypes() {
        long before = commitments.count();
        given().contentType(ContentType.JSON).body("{\"kind\": ").post("/api/commitments")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        Map<String, Object> body = new HashMap<>(oneOff(createSource(), uniqueTopic(), List.of("KOR"), "2021-12-10"));
        body.put("kind", "SOMETIMES");
        given().contentType(ContentType.JSON).body(body).post("/api/commitments")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        body.put("kind", "ONE_OFF");
        body.put("deadline", "2021-02-30");
        given().contentType(ContentType.JSON).body(body).post("/api/commitments")
                .then().statusCode(400).body("errors[0].field", equalTo("deadline"));
        body.put("deadline", "2021-12-10");
        body.put("deadlne", "2021-12-10");
        given().contentType(ContentType.JSON).body(body).post("/api/commitments")
                .then().statusCode(400).body("errors[0].field", equalTo("deadlne"));
        given().contentType(ContentType.JSON).post("/api/commitments")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        assertThat(commitments.count()).isEqualTo(before);
    }

    @Test
    void shouldAnswer404ForAnUnknownId() {
        given().get("/api/commitments/{id}", "no-such-commitment")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No commitment with id 'no-such-commitment'."));
    }

    @Test
    void shouldRefuseBadQueryParametersNamingEach() {
        given().queryParam("status", "LATE").queryParam("kind", "X").queryParam("size", 1000).get("/api/commitments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("status", "kind", "size"));
        given().queryParam("page", -1).get("/api/commitments")
                .then().statusCode(400).body("errors.field", hasItem("page"));
    }

    private static void expectFieldError(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/commitments")
                .then().statusCode(400).body("errors.field", hasItem(field));
    }
}
