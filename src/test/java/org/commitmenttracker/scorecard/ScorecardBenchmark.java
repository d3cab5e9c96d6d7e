package org.commitmenttracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.commitmenttracker.BenchmarkReport;
import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.evaluation.ListingLoad;
import org.commitmenttracker.evaluation.RunPurpose;
import org.commitmenttracker.evaluation.StoredCorpus;
import org.commitmenttracker.evaluation.Today;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.Corpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Scorecards at scale, on a fresh H2 file: one current run over N generated commitments (-Dbench.scorecard, 100000),
 * counted per group; scorecards from the kept counts and with a stated-on window (counted from the outcomes), each
 * under -Dbench.clients concurrent clients (1,8: each in turn) for -Dbench.seconds (20); then trends over a year of
 * current runs (365 runs stored as the history, each with the counts of the real run): one party by day, every party
 * by month, every party by day (refused: more lines than a trend may have). Not part of the suite: run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ScorecardBenchmark}. Appends its figures to target/benchmarks/evaluation.md.
 */
@QuarkusTest
@TestProfile(ScorecardBenchmarkProfile.class)
@Tag("benchmark")
class ScorecardBenchmark {

    private static final List<Integer> CLIENTS = Arrays.stream(System.getProperty("bench.clients", "1,8").split(","))
            .map(String::strip).map(Integer::valueOf).toList();

    @Inject
    ActiveRules rules;
    @Inject
    EvaluationService evaluations;
    @Inject
    RunTallies tallies;
    @Inject
    ScorecardCounts counts;
    @Inject
    EntityManager em;
    @Inject
    Today today;

    @TestHTTPResource("/")
    URL base;

    @Test
    void scorecardsAndAYearlyTrendOverOneHundredThousandCommitments() throws Exception {
        int commitments = Integer.getInteger("bench.scorecard", 100_000);
        Corpus corpus = Corpus.generate(11, commitments, commitments * 2, 200, 300, 2);
        StoredCorpus.store(em, corpus.commitments());
        LocalDate asOf = today.date();
        EvaluationRun run = StoredCorpus.storeRun(evaluations, rules.current(), corpus, asOf);

        StringBuilder each = new StringBuilder();
        for (Grouping by : Grouping.values()) {
            long start = System.nanoTime();
            QuarkusTransaction.requiringNew().call(() -> counts.count(run.id, by, null, null));
            each.append(String.format(" %s %,d ms;", by.id(), (System.nanoTime() - start) / 1_000_000));
        }
        BenchmarkReport.row(String.format("| count one run's outcomes by each grouping, %,d commitments |%s |",
                commitments, each));
        long start = System.nanoTime();
        assertThat(tallies.tally(run.id)).isTrue();
        BenchmarkReport.row(String.format("| count one current run per group (5 groupings), %,d commitments | %,d ms |",
                commitments, (System.nanoTime() - start) / 1_000_000));

        try (ListingLoad load = new ListingLoad(base.toURI(), CLIENTS.stream().mapToInt(Integer::intValue).max()
                .orElse(8))) {
            load.signIn("viewer", "viewer");
            load.header("Accept", "application/json");
            measure(load, "/api/scorecards?by=party", commitments);
            measure(load, "/api/scorecards?by=topic", commitments);
            measure(load, "/api/scorecards?by=party&from=" + Corpus.FIRST_DAY.plusYears(1), commitments);
            String party = new ObjectMapper().readTree(load.get("/api/scorecards?by=party").body())
                    .at("/items/0/group").asText();
            storeAYearOfHistory(run, asOf);
            String lastYear = "&from=" + asOf.minusDays(365);
            measure(load, "/api/scorecards/trend?by=party&group=" + party + "&every=P1D" + lastYear, commitments);
            measure(load, "/api/scorecards/trend?by=party&every=P1M" + lastYear, commitments);
            assertThat(load.get("/api/scorecards/trend?by=party&every=P1D" + lastYear).status())
                    .as("200 parties by day for a year: over the lines a trend may have").isEqualTo(400);
        }
    }

    /** Each URI under each number of clients (-Dbench.clients, a comma-separated list). */
    private void measure(ListingLoad load, String uri, int commitments) throws Exception {
        long started = System.nanoTime();
        ListingLoad.Answer first = load.get(uri);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        BenchmarkReport.row(String.format("| GET %s, %,d commitments, first answer | %,d ms |", uri, commitments,
                (System.nanoTime() - started) / 1_000_000));
        long seconds = Long.getLong("bench.seconds", 20);
        for (int clients : CLIENTS) {
            load.loop(uri, clients, 3, 200); // warm-up
            long[] micros = load.loop(uri, clients, seconds, 200);
            BenchmarkReport.row(String.format("| GET %s, %,d commitments, %d client(s), %d s, %,d bytes | p50 %.1f ms "
                            + "| p99 %.1f ms | %,.0f requests/s |", uri, commitments, clients, seconds,
                    first.body().length(), micros[micros.length / 2] / 1000.0,
                    micros[(int) (micros.length * 0.99)] / 1000.0, micros.length / (double) seconds));
        }
    }

    /** 365 current runs, one a day before the real one, each kept with the real run's counts. */
    private void storeAYearOfHistory(EvaluationRun real, LocalDate asOf) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int day = 365; day >= 1; day--) {
                EvaluationRun past = new EvaluationRun();
                past.asOf = asOf.minusDays(day);
                past.purpose = RunPurpose.CURRENT;
                past.reason = "benchmark history";
                past.startedAt = Instant.now();
                past.finishedAt = past.startedAt;
                past.rulesVersion = real.rulesVersion;
                past.commitmentCount = real.commitmentCount;
                past.counts = new EnumMap<>(real.counts);
                em.persist(past);
                em.flush();
                em.createNativeQuery("insert into scorecard_tally (run_id, grouped_by, group_name, status, "
                        + "commitments) select :past, grouped_by, group_name, status, commitments from "
                        + "scorecard_tally where run_id = :real").setParameter("past", past.id)
                        .setParameter("real", real.id).executeUpdate();
                em.createNativeQuery("insert into scorecard_tallied (run_id, tallied_at) values (:past, :at)")
                        .setParameter("past", past.id).setParameter("at", Instant.now()).executeUpdate();
            }
        });
    }
}
