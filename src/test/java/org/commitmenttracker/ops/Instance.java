package org.commitmenttracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.commitmenttracker.rules.CopiedRulesProfile;

/**
 * One instance of the packaged service ({@code target/commitment-tracker-runner.jar}, with the class-data archive made
 * beside it when there is one) in a process of its own, with its
 * own port, copy of rules/ and log file, on the database the {@code it.db} property names.
 */
final class Instance {

    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("it-admin:it-admin-password".getBytes());
    private static final Path JAR = Path.of("target", "commitment-tracker-runner.jar").toAbsolutePath();
    private static final Path ARCHIVE = Path.of("target", "app-cds.jsa").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final Path rules;
    private final Path logFile;
    private final int port;
    private final Process process;

    private Instance(String name, Path rules, Path logFile, int port, Process process) {
        this.name = name;
        this.rules = rules;
        this.logFile = logFile;
        this.port = port;
        this.process = process;
    }

    static Instance start(String name, Path work, Path inbox) throws IOException {
        Path rules = work.resolve("rules-" + name);
        CopiedRulesProfile.copy(Path.of("rules").toAbsolutePath(), rules);
        List<String> settings = new ArrayList<>(List.of(
                "-Dtracker.home=" + Path.of("").toAbsolutePath(),
                "-Dtracker.rules.folder=" + rules,
                "-Dtracker.rules.follow-interval=1s",
                "-Dtracker.intake.inbox.folder=" + inbox,
                "-Dtracker.intake.inbox.interval=1s",
                "-Dtracker.intake.inbox.settle=1s",
                "-Dtracker.evaluation.schedule=*/3 * * * * ?"));
        if ("postgresql".equals(System.getProperty("it.db"))) {
            settings.add("-Dquarkus.profile=postgresql"); // TRACKER_DB_URL, _USER, _PASSWORD from the environment
        } else {
            settings.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + work.resolve("data/tracker")
                    + ";AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64;WRITE_DELAY=0");
        }
        return launch(name, work, rules, settings);
    }

    /**
     * An instance alone in a home folder of its own (rules/, seeds/ and data/ under {@code home}, copied from the
     * project's the first time), on the database its configuration gives by default: the H2 file under data/ (or, with
     * {@code -Dit.db=postgresql}, the PostgreSQL server TRACKER_DB_URL names).
     */
    static Instance startAlone(String name, Path home, String... extraSettings) throws IOException {
        Path rules = home.resolve("rules");
        if (!Files.exists(rules)) {
            CopiedRulesProfile.copy(Path.of("rules").toAbsolutePath(), rules);
            CopiedRulesProfile.copy(Path.of("seeds").toAbsolutePath(), home.resolve("seeds"));
        }
        List<String> settings = new ArrayList<>(List.of("-Dtracker.home=" + home,
                "-Dtracker.intake.inbox.enabled=false"));
        settings.addAll(List.of(extraSettings));
        if ("postgresql".equals(System.getProperty("it.db"))) {
            settings.add("-Dquarkus.profile=postgresql");
        }
        return launch(name, home, rules, settings);
    }

    private static Instance launch(String name, Path work, Path rules, List<String> settings) throws IOException {
        assertThat(JAR).as("the packaged service: run mvn package (or verify) first").exists();
        Path log = work.resolve(name + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dtracker.instance-name=it-" + name,
                "-Dtracker.users.it-admin.password=it-admin-password",
                "-Dtracker.users.it-admin.roles=staff,auditor,rules-admin",
                "-Dquarkus.http.auth.session.encryption-key=two-instances-test-session-key-0123"));
        command.addAll(settings);
        if (Files.exists(ARCHIVE)) {
            command.add("-XX:SharedArchiveFile=" + ARCHIVE); // as the README's run command; a stale one is ignored
        }
        command.addAll(List.of("-jar", JAR.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Instance(name, rules, log, port, process);
    }

    String name() {
        return name;
    }

    Path rules() {
        return rules;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Waits until the instance reports ready; fails with its log when it stops or takes over three minutes. */
    void awaitReady() {
        try {
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(this::ready);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("instance " + name + " not ready within 3 minutes:\n" + tail(), e);
        }
    }

    private boolean ready() throws IOException, InterruptedException {
        assertThat(process.isAlive()).as("instance " + name + " stopped:\n" + tail()).isTrue();
        return HTTP.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    String log() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail() {
        List<String> lines = log().lines().toList();
        return "== " + name + "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process as kill -9 does: no shutdown hook, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    static void clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(folder);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
