package org.commitmenttracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged service under faults, on its default database (an H2 file under its home's data/): a 201 means the
 * write survives kill -9, and a rules folder broken while it was down does not stop it from starting.
 */
class CrashIT {

    private static final Path HOME = Path.of("target", "crash-home").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Instance running;

    @BeforeEach
    void freshHome() throws IOException {
        Instance.clean(HOME);
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.stop();
        }
    }

    @Test
    void everyEventAcknowledgedBeforeAKill9IsStoredAfterTheRestart() throws Exception {
        running = start("before-kill");
        String topic = "crash-" + System.nanoTime();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        Instance target = running;
        for (int w = 0; w < 8; w++) {
            writers.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String id = topic + "-" + sent.incrementAndGet();
                    if (post(target, id, topic) == 201) {
                        acknowledged.add(id);
                    }
                }
            });
        }
        await(Duration.ofSeconds(60), () -> acknowledged.size() >= 200);
        running.kill();
        writers.shutdownNow();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        running = start("after-kill");
        Set<String> stored = eventIds(running, topic);
        assertThat(stored).as("events answered 201 before the kill, %d of them", acknowledged.size())
                .containsAll(acknowledged);
    }

    @Test
    void aRulesFolderBrokenWhileStoppedFallsBackToTheLastGoodVersionAndSaysSo() throws Exception {
        running = start("good");
        String good = get(running, "/api/rules").get("version").asText();
        running.stop();
        Files.createDirectories(HOME.resolve("rules/extra"));
        Files.writeString(HOME.resolve("rules/extra/broken.drl"), """
                package extra;
                rule "Broken"
                when
                    NoSuchFact( )
                then
                end
                """);

        running = start("broken");
        JsonNode rules = get(running, "/api/rules");
        assertThat(rules.get("version").asText()).isEqualTo(good);
        assertThat(rules.get("fallback").asText()).contains("extra/broken.drl").contains(good.substring(0, 12));
        JsonNode health = JSON.readTree(HTTP.send(HttpRequest.newBuilder(running.uri("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(health.toString()).contains("fallback").contains("extra/broken.drl");
        assertThat(running.log()).contains("RULES FALLBACK");
    }

    @Test
    void anImportKilledAfterSomeOfItsChunksCommittedIsRolledBackAtTheNextStartAndItsRecordSaysSo() throws Exception {
        running = start("import", "-Dtracker.intake.commit-rows=5000");
        byte[] file = gdeltFile(60_000);
        long id = JSON.readTree(send(running, HttpRequest.newBuilder(running.uri("/api/imports?format=gdelt"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)), 202)).get("id").asLong();
        Instance importing = running;
        await(Duration.ofSeconds(120), () -> {
            JsonNode view = getQuietly(importing, "/api/imports/" + id);
            assertThat(view.get("status").asText()).as("killed before it finished").isEqualTo("RUNNING");
            return view.path("percent").asDouble() >= 40;
        });
        running.kill();

        running = start("import"); // the same instance name: its unfinished import is recovered at start
        Instance restarted = running;
        await(Duration.ofSeconds(300), () -> ended(getQuietly(restarted, "/api/imports/" + id)));
        JsonNode failed = get(running, "/api/imports/" + id);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).startsWith("Interrupted");
        assertThat(running.log()).as("rows of committed chunks were removed")
                .containsPattern("Import " + id + " of .* rolled back in \\d+ ms \\([1-9]\\d* events");
        assertThat(failed.get("eventsCreated").asLong()).isZero();
        assertThat(get(running, "/api/events?actor=FJI&from=2037-01-01&to=2037-12-31").get("total").asLong())
                .as("events of the killed import's committed chunks").isZero();

        long again = JSON.readTree(send(running, HttpRequest.newBuilder(running.uri("/api/imports?format=gdelt"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)), 202)).get("id").asLong();
        Instance importingAgain = running;
        await(Duration.ofSeconds(300), () -> ended(getQuietly(importingAgain, "/api/imports/" + again)));
        JsonNode succeeded = get(running, "/api/imports/" + again);
        assertThat(succeeded.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(succeeded.get("rowsRepeated").asLong()).as("dataset ids left by the killed import").isZero();
        assertThat(get(running, "/api/events?actor=FJI&from=2037-01-01&to=2037-12-31").get("total").asLong())
                .isEqualTo(succeeded.get("eventsCreated").asLong());
    }

    /** Whether the import has ended: neither running nor being rolled back. */
    private static boolean ended(JsonNode view) {
        return !java.util.Set.of("RUNNING", "ROLLING_BACK").contains(view.get("status").asText());
    }

    /** Rows between FJI and TON in 2037, one real event per row but for the days and codes that repeat. */
    private static byte[] gdeltFile(int rows) {
        StringBuilder out = new StringBuilder();
        java.time.LocalDate first = java.time.LocalDate.of(2037, 1, 1);
        String[] codes = {"040", "043", "057", "036", "042", "046"};
        for (int i = 0; i < rows; i++) {
            out.append(org.commitmenttracker.intake.GdeltRow.of(2_000_000_000L + i,
                    first.plusDays(i % 365).toString().replace("-", ""), "FJI", "TON", codes[(i / 365) % codes.length])
                    .line()).append('\n');
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String send(Instance instance, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.header("Authorization", Instance.ADMIN)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response.body();
    }

    private static JsonNode getQuietly(Instance instance, String path) {
        try {
            return get(instance, path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instance start(String name, String... settings) throws Exception {
        Instance instance = Instance.startAlone(name, HOME, settings);
        instance.awaitReady();
        return instance;
    }

    private static int post(Instance instance, String id, String topic) {
        String body = "{\"id\":\"" + id + "\",\"date\":\"2031-08-01\",\"type\":\"meeting\",\"title\":\"Crash " + id
                + "\",\"participants\":[\"KOR\",\"IND\"],\"topics\":[\"" + topic + "\"],"
                + "\"citation\":\"https://example.org/crash\"}";
        try {
            return HTTP.send(HttpRequest.newBuilder(instance.uri("/api/events")).header("Authorization", Instance.ADMIN)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException killed) {
            return 0; // no answer: the event may or may not be stored
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static Set<String> eventIds(Instance instance, String topic) throws Exception {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode items = get(instance, "/api/events?topic=" + topic + "&size=200&page=" + page).get("items");
            if (items.isEmpty()) {
                return ids;
            }
            items.forEach(event -> ids.add(event.get("id").asText()));
        }
    }

    private static JsonNode get(Instance instance, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(instance.uri(path))
                .header("Authorization", Instance.ADMIN).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void await(Duration within, Callable<Boolean> condition) {
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).until(condition);
    }
}
