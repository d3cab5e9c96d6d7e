package org.commitmenttracker.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.commitmenttracker.BenchmarkReport;
import org.commitmenttracker.rules.CopiedRulesProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start to first answer of the packaged service, as the README runs it: milliseconds from launching the JVM until
 * {@code /q/health/live} answers and until {@code /q/health/ready} answers 200, on a fresh home (migrations, seeds, the
 * first evaluation) and again on the same home (a restart), with and without the class-data archive, alternately,
 * {@code -Dbench.rounds} times (5). {@code -Dbench.start.jar=PATH} adds another jar (say, an earlier build's
 * quarkus-run.jar) to the alternation. Run on demand, after packaging:
 * {@code ./mvnw -B package -DskipTests && ./mvnw -Pbenchmark test -Dtest=StartBenchmark}.
 */
@Tag("benchmark")
class StartBenchmark {

    private static final Path JAR = Path.of("target", "commitment-tracker-runner.jar").toAbsolutePath();
    private static final Path ARCHIVE = Path.of("target", "app-cds.jsa").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startToFirstAnswer() throws Exception {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("without the archive", List.of("-jar", JAR.toString()));
        variants.put("with the archive", List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-jar", JAR.toString()));
        String other = System.getProperty("bench.start.jar");
        if (other != null && !other.isBlank()) {
            variants.put(other, List.of("-jar", Path.of(other).toAbsolutePath().toString()));
        }
        Map<String, List<long[]>> fresh = new LinkedHashMap<>();
        Map<String, List<long[]>> restart = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("start-benchmark");
        int homes = 0;
        for (int round = 0; round < Integer.getInteger("bench.rounds", 5); round++) {
            for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                Path home = work.resolve("home-" + homes++);
                CopiedRulesProfile.copy(Path.of("rules").toAbsolutePath(), home.resolve("rules"));
                CopiedRulesProfile.copy(Path.of("seeds").toAbsolutePath(), home.resolve("seeds"));
                fresh.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(start(home, variant.getValue()));
                restart.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(start(home, variant.getValue()));
            }
        }
        for (String variant : variants.keySet()) {
            BenchmarkReport.row(String.format("| start, %s | fresh: live %s, ready %s | restart: live %s, ready %s |",
                    variant, median(fresh.get(variant), 0), median(fresh.get(variant), 1),
                    median(restart.get(variant), 0), median(restart.get(variant), 1)));
        }
    }

    /** Starts the jar on the home and answers {ms until live, ms until ready}, then stops it. */
    private static long[] start(Path home, List<String> jar) throws Exception {
        int port = Instance.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dtracker.home=" + home));
        command.addAll(jar);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("start.log").toFile()).start();
        try {
            long live = awaitStatus(process, port, "/q/health/live", started);
            long ready = awaitStatus(process, port, "/q/health/ready", started);
            return new long[] {live, ready};
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static long awaitStatus(Process process, int port, String path, long started) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        Awaitility.await(path + " answers 200").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the service stopped while starting; see its start.log");
                    }
                    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String median(List<long[]> runs, int index) {
        long[] values = runs.stream().mapToLong(r -> r[index]).sorted().toArray();
        return String.format("%,d ms (of %s)", values[values.length / 2],
                String.join(" / ", runs.stream().map(r -> String.format("%,d", r[index])).toList()));
    }
}
