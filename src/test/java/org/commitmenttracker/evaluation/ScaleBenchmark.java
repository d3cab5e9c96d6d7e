package org.commitmenttracker.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.commitmenttracker.BenchmarkReport;
import org.commitmenttracker.commitment.Commitment;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.Corpus;
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.source.Source;
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

    static final String SOURCE = "bench-source";

    @Inject
    ActiveRules rules;

    @Inject
    EvaluationService evaluations;

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/")
    URL base;

    @Test
    void persistOutcomesThenQueryOverdueUnderLoad() throws Exception {
        String[] nm = System.getProperty("bench.db", "100000x1000000").split("x");
        int commitments = Integer.parseInt(nm[0]);
        Corpus corpus = Corpus.generate(7, commitments, Integer.parseInt(nm[1]), 200, 300,
                Integer.getInteger("bench.partyless", 2));
        long start = System.nanoTime();
        storeCommitments(corpus.commitments());
        long loadMs = (System.nanoTime() - start) / 1_000_000;

        // As of today: the listing reads the current run, and a run as of another day is a replay or projection.
        LocalDate asOf = evaluations.today();
        RuleBase ruleBase = rules.current();
        List<Decision> decisions = ruleBase.decide(corpus.commitments(), corpus.events(), asOf, 10_000,
                Runtime.getRuntime().availableProcessors());
        long overdue = decisions.stream().filter(d -> d.status() == Status.OVERDUE).count();
        start = System.nanoTime();
        EvaluationRun run = evaluations.store(asOf, "benchmark", ruleBase, corpus.commitments(), decisions, Instant.now());
        long persistMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(run.commitmentCount).isEqualTo(commitments);
        BenchmarkReport.row(String.format("| persist the outcomes of one run, %,d commitments | %,d ms | (commitments stored in "
                + "%,d ms) |", commitments, persistMs, loadMs));

        query(commitments, overdue);
    }

    private void storeCommitments(List<CommitmentFact> facts) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(source()));
        for (int from = 0; from < facts.size(); from += 5_000) {
            List<CommitmentFact> chunk = facts.subList(from, Math.min(facts.size(), from + 5_000));
            QuarkusTransaction.requiringNew().run(() -> chunk.forEach(f -> entityManager.persist(entity(f))));
        }
    }

    /** Signs in once with the form, then each client asks for the first page of overdue commitments in a loop. */
    private void query(int commitments, long overdue) throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        long seconds = Long.getLong("bench.seconds", 30);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        http.send(HttpRequest.newBuilder(base.toURI().resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=viewer&j_password=viewer")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpRequest overdueQuery = HttpRequest.newBuilder(base.toURI().resolve("/api/commitments?status=OVERDUE"))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> first = http.send(overdueQuery, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"total\":" + overdue + ",");

        // With -Dbench.etag=true each client re-asks with the listing's ETag, as a browser or a polling client
        // would, and gets 304 while the current run is unchanged.
        boolean etag = Boolean.getBoolean("bench.etag");
        if (etag) {
            overdueQuery = HttpRequest.newBuilder(overdueQuery, (name, value) -> true)
                    .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()).build();
        }
        int expected = etag ? 304 : 200;
        loop(http, overdueQuery, clients, 5, expected); // warm-up
        long[] micros = loop(http, overdueQuery, clients, seconds, expected);
        Arrays.sort(micros);
        BenchmarkReport.row(String.format("| GET /api/commitments?status=OVERDUE%s, %,d commitments (%,d overdue), %d clients,"
                        + " %d s | p50 %.1f ms | p99 %.1f ms | %,.0f requests/s |", etag ? " with If-None-Match (304)" : "",
                commitments, overdue, clients, seconds,
                micros[micros.length / 2] / 1000.0, micros[(int) (micros.length * 0.99)] / 1000.0,
                micros.length / (double) seconds));
    }

    private static long[] loop(HttpClient http, HttpRequest request, int clients, long seconds, int expected)
            throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            results.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < until) {
                    long sent = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != expected) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    latencies.add((System.nanoTime() - sent) / 1_000);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private static Source source() {
        Source s = new Source();
        s.id = SOURCE;
        s.publisher = "Benchmark";
        s.statedOn = Corpus.FIRST_DAY;
        s.title = "Generated corpus";
        return s;
    }

    private static Commitment entity(CommitmentFact f) {
        Commitment c = new Commitment();
        c.id = f.getId();
        c.sourceId = SOURCE;
        c.statedOn = f.getStatedOn();
        c.kind = f.getKind();
        c.underlyingKind = f.getUnderlyingKind();
        c.actors.addAll(f.getActors());
        c.addressees.addAll(f.getAddressees());
        c.topics.addAll(f.getTopics());
        c.summary = "Generated commitment " + f.getId();
        c.quote = "generated";
        c.deadline = f.getDeadline();
        c.dueWithin = f.getDueWithin();
        c.cadence = f.getCadence();
        c.reviewWindow = f.getReviewWindow();
        c.evidence = criteria(f.getEvidence());
        c.trigger = f.getTrigger() == null ? null : criteria(f.getTrigger());
        c.triggerDescription = f.getTriggerDescription();
        c.createdAt = Instant.now();
        return c;
    }

    private static org.commitmenttracker.commitment.Criteria criteria(
            org.commitmenttracker.rules.facts.Criteria fact) {
        return new org.commitmenttracker.commitment.Criteria(fact.getEventTypes(), fact.getTopics(), fact.getParties());
    }

}
