package org.commitmenttracker.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.commitmenttracker.BenchmarkReport;
import org.commitmenttracker.TestData;
import org.commitmenttracker.commitment.Commitment;
import org.commitmenttracker.commitment.Criteria;
import org.commitmenttracker.evaluation.ScaleBenchmarkProfile;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.security.Roles;
import org.commitmenttracker.source.Source;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Importing a large GDELT export on a fresh H2 file, with commitments to match suggestions against. Not part of the
 * test suite: run with {@code ./mvnw -Pbenchmark test -Dtest=ImportBenchmark -DargLine=-Xmx1g}
 * (-Dbench.import.rows=1000000, -Dbench.import.commitments=10000, -Dbench.import.days=730). Each real event is reported
 * in 1 to 5 rows, as GDELT reports the same event from several articles, on a day drawn evenly from the first
 * bench.import.days days (730 by default: the hardest case for the indexes; a day's real exports are mostly about the
 * last few days). Appends its figures to target/benchmarks/evaluation.md.
 */
@QuarkusTest
@TestProfile(ScaleBenchmarkProfile.class)
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
@Tag("benchmark")
class ImportBenchmark {

    static final String[] CODES = {"040", "041", "042", "043", "044", "046", "057", "061", "070", "073", "010",
            "036", "112", "190"};
    static final String[] TYPES = {"meeting", "consultation", "visit", "agreement", "aid", "statement", "call"};
    static final LocalDate FIRST_DAY = LocalDate.of(2030, 1, 1);

    @Inject
    EntityManager entityManager;

    @Test
    void importOneLargeGdeltExport() throws IOException {
        int rows = Integer.getInteger("bench.import.rows", 1_000_000);
        int commitments = Integer.getInteger("bench.import.commitments", 10_000);
        List<String> countries = new ArrayList<>();
        for (String alpha2 : Locale.getISOCountries()) {
            countries.add(new Locale("", alpha2).getISO3Country());
        }
        storeCommitments(commitments, countries);
        Path file = Path.of("target", "benchmarks", "gdelt-" + rows + ".export.CSV");
        int days = Integer.getInteger("bench.import.days", 730);
        long events = generate(file, rows, days, countries);

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long id = given().contentType("application/octet-stream").queryParam("format", "gdelt")
                .body(file.toFile()).post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        // polled twice a second: on two cores, a faster poll takes CPU time from the import it measures
        JsonPath report = Imports.awaitFinished(id, 3_600, java.time.Duration.ofMillis(500));
        long ms = (System.nanoTime() - start) / 1_000_000;
        long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        assertThat(report.getString("status")).as(report.prettify()).isEqualTo("SUCCEEDED");
        BenchmarkReport.row(String.format("| import %,d GDELT rows (%,d real events over %,d days, %,d events "
                        + "created, %,d merged rows), %,d commitments, heap limit %,d MB, %s rows per commit | %,d ms "
                        + "| %,.0f rows/s | peak heap %,d MB | %,d suggestions | database file %s |",
                rows, events, days, report.getLong("eventsCreated"), report.getLong("rowsMerged"), commitments,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("bench.import.commit-rows",
                        "50,000"), ms, rows * 1000.0 / ms, peakMb, report.getLong("suggestions"), databaseFileSize()));
    }

    /** The size of the H2 file the benchmark writes (none on PostgreSQL). */
    private static String databaseFileSize() throws IOException {
        try (var files = Files.list(Path.of("target", "benchmarks"))) {
            long bytes = files.filter(f -> f.getFileName().toString().matches("tracker-\\d+\\.mv\\.db"))
                    .mapToLong(f -> f.toFile().length()).sum();
            return bytes == 0 ? "-" : String.format("%,d MB", bytes / (1024 * 1024));
        }
    }

    /** Writes the export, streaming; returns how many real events its rows describe. */
    private static long generate(Path file, int rows, int days, List<String> countries) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(17);
        long events = 0;
        long id = 1_000_000_000L;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int written = 0; written < rows; events++) {
                String date = FIRST_DAY.plusDays(random.nextInt(days)).toString().replace("-", "");
                String a = countries.get(random.nextInt(countries.size()));
                String b = countries.get(random.nextInt(countries.size()));
                String code = CODES[random.nextInt(CODES.length)];
                for (int report = 1 + random.nextInt(5); report > 0 && written < rows; report--, written++) {
                    out.write(GdeltRow.of(id++, date, a, b, code).counts(1 + random.nextInt(20), 1 + random.nextInt(5),
                            1 + random.nextInt(20)).line());
                    out.write('\n');
                }
            }
        }
        return events;
    }

    private void storeCommitments(int count, List<String> countries) {
        Random random = new Random(3);
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(source()));
        for (int from = 0; from < count; from += 2_000) {
            int to = Math.min(count, from + 2_000);
            int first = from;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = first; i < to; i++) {
                    entityManager.persist(commitment(i, random, countries));
                }
            });
        }
    }

    private static Commitment commitment(int i, Random random, List<String> countries) {
        Commitment c = new Commitment();
        c.id = "bench-c-" + i;
        c.sourceId = "bench-import-source";
        c.statedOn = LocalDate.of(2029, 12, 1);
        c.kind = Kind.ONGOING;
        c.reviewWindow = java.time.Period.ofYears(1);
        Set<String> parties = new java.util.HashSet<>(List.of(countries.get(random.nextInt(countries.size())),
                countries.get(random.nextInt(countries.size()))));
        c.actors.addAll(parties);
        c.topics.add("defence");
        c.summary = "Generated commitment " + i;
        c.quote = "generated";
        c.evidence = new Criteria(new java.util.HashSet<>(List.of(TYPES[random.nextInt(TYPES.length)],
                TYPES[random.nextInt(TYPES.length)])), Set.of("defence"), parties);
        c.createdAt = Instant.now();
        return c;
    }

    private static Source source() {
        Source s = new Source();
        s.id = "bench-import-source";
        s.publisher = "Benchmark";
        s.statedOn = LocalDate.of(2029, 12, 1);
        s.title = "Generated commitments";
        return s;
    }
}
