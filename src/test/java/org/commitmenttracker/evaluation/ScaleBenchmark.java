package org.commitmenttracker.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.commitmenttracker.BenchmarkReport;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.event.Event;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.Corpus;
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The database side at scale, on a fresh H2 file: persisting the outcomes of one run over N commitments, then
 * {@code GET /api/commitments?status=OVERDUE} under concurrent clients. Not part of the test suite: run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ScaleBenchmark} (-Dbench.db=100000x1000000 sets commitments × events,
 * -Dbench.clients=32, -Dbench.seconds=30, -Dbench.etag=true for clients that re-ask with the listing's ETag;
 * -Dbench.cache=false and -Dbench.store=postgresql as
 * {@link ScaleBenchmarkProfile} says). Appends its figures to target/benchmarks/evaluation.md.
 */
@QuarkusTest
@TestProfile(ScaleBenchmarkProfile.class)
@Tag("benchmark")
class ScaleBenchmark {

    @Inject
    ActiveRules rules;

    @Inject
    EvaluationService evaluations;

    @Inject
    EntityManager entityManager;

    @Inject
    LiveCurrentRun live;

    @Inject
    AuditLog audit;

    @TestHTTPResource("/")
    URL base;

    @Test
    void persistOutcomesThenQueryOverdueUnderLoad() throws Exception {
        String[] nm = System.getProperty("bench.db", "100000x1000000").split("x");
        int commitments = Integer.parseInt(nm[0]);
        long overdue = persistOneRunThenAddEvents(commitments, Integer.parseInt(nm[1]));
        // The corpus and its decisions are garbage from here on, as they would be in the service.
        query(commitments, overdue);
    }

    /**
     * Stores a generated corpus's commitments and the outcomes of one run over it, then keeps the current run current
     * through -Dbench.live (5) recorded events, each added to the run held in memory ({@link LiveCurrentRun}) and
     * stored as a new current run; the number overdue.
     */
    private long persistOneRunThenAddEvents(int commitments, int events) throws IOException {
        Corpus corpus = Corpus.generate(7, commitments, events, 200, 300, Integer.getInteger("bench.partyless", 2));
        long start = System.nanoTime();
        StoredCorpus.store(entityManager, corpus.commitments());
        long loadMs = (System.nanoTime() - start) / 1_000_000;

        // As of today: the listing reads the current run, and a run as of another day is a replay or projection.
        LocalDate asOf = evaluations.today();
        RuleBase ruleBase = rules.current();
        start = System.nanoTime();
        List<Decision> decisions = ruleBase.decide(corpus.commitments(), corpus.events(), asOf, 1_000,
                Runtime.getRuntime().availableProcessors());
        long decideMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        EvaluationRun run = evaluations.store(asOf, "benchmark", ruleBase, corpus.commitments(), decisions, Instant.now());
        long persistMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(run.commitmentCount).isEqualTo(commitments);
        BenchmarkReport.row(String.format("| persist the outcomes of one run, %,d commitments | %,d ms | (commitments stored in "
                + "%,d ms; decided in %,d ms) |", commitments, persistMs, loadMs, decideMs));
        live.keep(run, ruleBase, corpus.commitments(), corpus.events(), decisions);
        addEventsLive(corpus, asOf, commitments);
        return overdueInCurrentRun();
    }

    /** Records events like the corpus's meetings, one at a time, each made current through the live state. */
    private void addEventsLive(Corpus corpus, LocalDate asOf, int commitments) throws IOException {
        List<EventFact> models = corpus.events().stream()
                .filter(e -> e.getType().equals("meeting") && !e.getDate().isAfter(asOf))
                .limit(Integer.getInteger("bench.live", 5)).toList();
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < models.size(); i++) {
            String id = "live-" + i;
            EventFact model = models.get(i);
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.persist(event(id, model));
                audit.record(AuditEntry.Action.EVENT_CREATED, "event", id, "benchmark");
            });
            long start = System.nanoTime();
            assertThat(live.addEvents(List.of(id), "benchmark: event recorded")).as("made by the live state").isPresent();
            times.append(String.format(" %,d", (System.nanoTime() - start) / 1_000_000));
        }
        BenchmarkReport.row(String.format("| current run re-made after one recorded event, live, %,d commitments "
                + "(re-decide what it touches, store the run) | ms:%s (the first builds the index) |", commitments, times));
    }

    private long overdueInCurrentRun() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("select count(o) from Outcome o "
                + "where o.runId = (select max(r.id) from EvaluationRun r) and o.status = :s", Long.class)
                .setParameter("s", Status.OVERDUE).getSingleResult());
    }

    private static Event event(String id, EventFact model) {
        Event e = new Event();
        e.id = id;
        e.date = model.getDate();
        e.type = model.getType();
        e.title = "Recorded during the benchmark";
        e.participants.addAll(model.getParticipants());
        e.topics.addAll(model.getTopics());
        e.citation = "https://example.org/benchmark";
        e.createdAt = Instant.now();
        return e;
    }

    /** Signs in once with the form, then each client asks for the first page of overdue commitments in a loop. */
    private void query(int commitments, long overdue) throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        long seconds = Long.getLong("bench.seconds", 30);
        String overdueQuery = "/api/commitments?status=OVERDUE";
        try (ListingLoad load = new ListingLoad(base.toURI(), clients)) {
            load.signIn("viewer", "viewer");
            load.header("Accept", "application/json");
            ListingLoad.Answer first = load.get(overdueQuery);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.body()).contains("\"total\":" + overdue + ",");

            // With -Dbench.etag=true each client re-asks with the listing's ETag, as a browser or a polling client
            // would, and gets 304 while the current run is unchanged.
            boolean etag = Boolean.getBoolean("bench.etag");
            if (etag) {
                load.header("If-None-Match", first.headers().get("ETag"));
            }
            int expected = etag ? 304 : 200;
            load.loop(overdueQuery, clients, 5, expected); // warm-up
            long[] micros = load.loop(overdueQuery, clients, seconds, expected);
            BenchmarkReport.row(String.format("| GET %s%s, %,d commitments (%,d overdue), %d clients, %d s, "
                            + "%,d bytes | p50 %.1f ms | p99 %.1f ms | %,.0f requests/s |", overdueQuery,
                    etag ? " with If-None-Match (304)" : "", commitments, overdue, clients, seconds,
                    first.body().length(), micros[micros.length / 2] / 1000.0,
                    micros[(int) (micros.length * 0.99)] / 1000.0, micros.length / (double) seconds));
        }
    }
}
