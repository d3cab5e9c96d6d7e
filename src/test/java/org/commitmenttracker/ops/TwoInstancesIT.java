package org.commitmenttracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two instances of the packaged service on one database (an H2 file in server mode by default; the PostgreSQL server
 * named by TRACKER_DB_URL with {@code -Dit.db=postgresql}, for a jar built with {@code -Dquarkus.profile=postgresql}),
 * sharing one inbox folder, each with its own copy of rules/. Proves what docs/scaling.md promises: a rules reload on
 * one reaches the other, the scheduled evaluation runs once, an inbox file is taken by exactly one, and concurrent
 * writes through both lose nothing.
 */
class TwoInstancesIT {

    private static final Path WORK = Path.of("target", "two-instances").toAbsolutePath();
    private static final Path INBOX = WORK.resolve("inbox");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Instance a;
    private static Instance b;

    @BeforeAll
    static void startBoth() throws Exception {
        Instance.clean(WORK);
        Files.createDirectories(INBOX);
        // One after the other, as a rolling start would: the first migrates the database.
        a = Instance.start("a", WORK, INBOX);
        a.awaitReady();
        b = Instance.start("b", WORK, INBOX);
        b.awaitReady();
    }

    @AfterAll
    static void stopBoth() {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    void aRulesReloadOnOneInstanceReachesTheOtherWithinSeconds() throws Exception {
        Path parameters = a.rules().resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(parameters).replaceFirst("dueSoonWindow: *\\S+",
                "dueSoonWindow: P33D"));
        HttpResponse<String> reloaded = send(a, HttpRequest.newBuilder(a.uri("/api/rules/reload"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
        String version = JSON.readTree(reloaded.body()).get("version").asText();

        await(Duration.ofSeconds(30), () -> version.equals(rulesOf(b).get("version").asText()));
        JsonNode onB = rulesOf(b);
        assertThat(onB.get("parameters").get("dueSoonWindow").asText()).isEqualTo("P33D");
        assertThat(onB.get("loadedBy").asText()).isEqualTo("it-admin on it-a");
        assertThat(Files.readString(b.rules().resolve("parameters.yaml"))).doesNotContain("P33D");
    }

    @Test
    void theScheduledEvaluationRunsOnceADayAcrossInstances() throws Exception {
        // Any day, not "today" read by the test: the suite may cross midnight between the runs and this check.
        Pattern ran = Pattern.compile("Scheduled evaluation as of (\\d{4}-\\d{2}-\\d{2}): run \\d+ by it-[ab]");
        Pattern declined = Pattern.compile("Scheduled evaluation as of \\S+ was already claimed");
        await(Duration.ofSeconds(60), () -> count(ran) >= 1 && count(declined) >= 1);
        long declinedOnA = count(declined, a);
        long declinedOnB = count(declined, b);
        // Both instances fire again after the run: each such firing must decline, not run a second time.
        await(Duration.ofSeconds(60), () -> count(declined, a) > declinedOnA && count(declined, b) > declinedOnB);
        Map<String, Long> runsPerDay = new TreeMap<>();
        for (Instance instance : List.of(a, b)) {
            Matcher m = ran.matcher(instance.log());
            while (m.find()) {
                runsPerDay.merge(m.group(1), 1L, Long::sum);
            }
        }
        assertThat(runsPerDay).as("scheduled runs per day, both logs").isNotEmpty().allSatisfy((day, runs) ->
                assertThat(runs).as(day).isEqualTo(1));
    }

    @Test
    void eachInboxFileIsImportedByExactlyOneInstance() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "shared-" + i + "-" + System.nanoTime() + ".events.csv";
            Files.writeString(INBOX.resolve(name + ".part"), "id,date,type,title,participants,topics,citation\n"
                    + name + ",2031-07-0" + (i + 1) + ",meeting,Inbox file " + i + ",KOR;IND,trade,"
                    + "https://example.org/" + i + "\n");
            names.add(name);
        }
        for (String name : names) {
            Files.move(INBOX.resolve(name + ".part"), INBOX.resolve(name));
        }

        // The import runs are the record of who took each file; the log line follows the filing, so wait for it too.
        await(Duration.ofSeconds(60), () -> names.stream().allMatch(n -> Files.exists(INBOX.resolve("done/" + n
                + ".report.json")) && count(Pattern.compile("Inbox: " + Pattern.quote(n) + " imported")) >= 1));
        JsonNode imports = JSON.readTree(send(a, HttpRequest.newBuilder(a.uri("/api/imports?size=200")).GET()).body())
                .get("items");
        for (String name : names) {
            List<JsonNode> runs = new ArrayList<>();
            imports.forEach(run -> {
                if (name.equals(run.get("fileName").asText())) {
                    runs.add(run);
                }
            });
            assertThat(runs).as("imports of " + name).hasSize(1);
            assertThat(runs.get(0).get("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(runs.get(0).get("runBy").asText()).isIn("it-a", "it-b");
            assertThat(count(Pattern.compile("Inbox: " + Pattern.quote(name) + " imported"))).as(name).isEqualTo(1);
            assertThat(Files.exists(INBOX.resolve("failed/" + name))).isFalse();
        }
        assertThat(a.log() + b.log()).doesNotContain("could not be read");
    }

    @Test
    void concurrentWritesThroughBothInstancesLoseNothing() throws Exception {
        String topic = "two-instances-" + System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Instance through = i % 2 == 0 ? a : b;
            String body = "{\"id\":\"" + topic + "-" + i + "\",\"date\":\"2031-08-01\",\"type\":\"meeting\","
                    + "\"title\":\"Concurrent " + i + "\",\"participants\":[\"KOR\",\"IND\"],\"topics\":[\"" + topic
                    + "\"],\"citation\":\"https://example.org/concurrent\"}";
            statuses.add(clients.submit((Callable<Integer>) () -> send(through, HttpRequest.newBuilder(
                    through.uri("/api/events")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(201);
        }
        clients.shutdown();
        for (Instance reader : List.of(a, b)) {
            JsonNode page = JSON.readTree(send(reader, HttpRequest.newBuilder(reader.uri("/api/events?topic=" + topic
                    + "&size=200")).GET()).body());
            assertThat(page.get("total").asInt()).as("events seen through " + reader.name()).isEqualTo(80);
        }
    }

    private static JsonNode rulesOf(Instance instance) {
        try {
            return JSON.readTree(send(instance, HttpRequest.newBuilder(instance.uri("/api/rules")).GET()).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(Instance instance, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", Instance.ADMIN)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Pattern pattern) {
        return count(pattern, a) + count(pattern, b);
    }

    private static long count(Pattern pattern, Instance instance) {
        Matcher m = pattern.matcher(instance.log());
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void await(Duration within, Callable<Boolean> condition) {
        try {
            Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(250)).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; logs:\n" + a.tail() + "\n" + b.tail(), e);
        }
    }
}
