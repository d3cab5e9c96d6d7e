package org.commitmenttracker.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.createSource;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.oneOff;
import static org.commitmenttracker.TestData.uniqueTopic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Recorded events added to the current run held in memory make the run a full evaluation would, and only when
 * nothing else changed since that run; otherwise the live state declines and the caller evaluates in full.
 */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF, Roles.AUDITOR})
class LiveCurrentRunTest {

    @Inject
    EvaluationService evaluation;

    @Inject
    LiveCurrentRun live;

    @Inject
    OutcomeRepository outcomes;

    @Test
    void recordedEventsAddedToTheCurrentRunDecideAsAFullEvaluation() {
        FixedToday.is("2023-03-15");
        String source = createSource();
        String topic = uniqueTopic();
        String dueTomorrow = commitment(source, topic, "2023-03-16");
        String dueLastWeek = commitment(source, topic, "2023-03-08");
        String elsewhere = commitment(source, uniqueTopic(), "2023-03-16");
        evaluation.evaluate(LocalDate.parse("2023-03-15"), "a full run first");

        String meeting = record(event("2023-03-10", "meeting", List.of("IND", "KOR"), topic));
        String future = record(event("2023-04-01", "meeting", List.of("IND", "KOR"), topic));
        Optional<EvaluationRun> added = live.addEvents(List.of(meeting, future), "after 2 × event recorded");

        assertThat(added).isPresent();
        given().get("/api/evaluations/current").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(added.get().id.intValue()));
        Map<String, Outcome> byLive = byCommitment(added.get().id);
        assertThat(byLive.get(dueTomorrow).status.name()).isEqualTo("FULFILLED");
        assertThat(byLive.get(dueTomorrow).evidenceIds).containsExactly(meeting);
        assertThat(byLive.get(dueLastWeek).status.name()).isEqualTo("OVERDUE");
        assertThat(byLive.get(elsewhere).status.name()).isEqualTo("DUE_SOON");

        EvaluationRun full = evaluation.evaluate(LocalDate.parse("2023-03-15"), "the same in full");
        Map<String, Outcome> byFull = byCommitment(full.id);
        assertThat(byLive.keySet()).isEqualTo(byFull.keySet());
        byFull.forEach((id, expected) -> assertThat(decided(byLive.get(id))).as(id).isEqualTo(decided(expected)));
    }

    @Test
    void anotherChangeSinceTheRunMakesItDecline() {
        FixedToday.is("2023-03-15");
        String source = createSource();
        String topic = uniqueTopic();
        evaluation.evaluate(LocalDate.parse("2023-03-15"), "a full run first");

        String meeting = record(event("2023-03-10", "meeting", List.of("IND", "KOR"), topic));
        commitment(source, topic, "2023-03-16");

        assertThat(live.addEvents(List.of(meeting), "after event recorded, commitment recorded")).isEmpty();
    }

    @Test
    void anEventItWasNotToldOfMakesItDecline() {
        FixedToday.is("2023-03-15");
        String topic = uniqueTopic();
        evaluation.evaluate(LocalDate.parse("2023-03-15"), "a full run first");

        String ours = record(event("2023-03-10", "meeting", List.of("IND", "KOR"), topic));
        record(event("2023-03-11", "meeting", List.of("IND", "KOR"), topic)); // as by another instance

        assertThat(live.addEvents(List.of(ours), "after event recorded")).isEmpty();
    }

    @Test
    void aRunThatIsNoLongerCurrentMakesItDecline() {
        FixedToday.is("2023-03-15");
        evaluation.evaluate(LocalDate.parse("2023-03-15"), "a full run first");
        FixedToday.is("2023-03-16");

        String meeting = record(event("2023-03-10", "meeting", List.of("IND", "KOR"), uniqueTopic()));

        assertThat(live.addEvents(List.of(meeting), "after event recorded")).isEmpty();
    }

    /** A one-off commitment of IND and KOR to meet on the topic by the deadline. */
    private static String commitment(String source, String topic, String deadline) {
        Map<String, Object> body = oneOff(source, topic, List.of("IND", "KOR"), deadline);
        given().contentType(ContentType.JSON).body(body).post("/api/commitments").then().statusCode(201);
        return body.get("id").toString();
    }

    private static String record(Map<String, Object> event) {
        given().contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201);
        return event.get("id").toString();
    }

    private Map<String, Outcome> byCommitment(long runId) {
        return outcomes.ofRun(runId).stream().collect(Collectors.toMap(o -> o.commitmentId, Function.identity()));
    }

    /** What the rules decided, without what depends on the run before (previous status). */
    private static List<Object> decided(Outcome o) {
        return List.of(o.status, String.valueOf(o.rule), String.valueOf(o.explanation), String.valueOf(o.resolution),
                String.valueOf(o.nextDue), String.valueOf(o.occurrences), String.valueOf(o.termStart),
                String.valueOf(o.triggerEventId), o.evidenceIds, o.firedRules, String.valueOf(o.parties));
    }
}
