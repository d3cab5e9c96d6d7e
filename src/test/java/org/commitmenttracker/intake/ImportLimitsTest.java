package org.commitmenttracker.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** With small limits: an oversized file is refused with 413, a zip that expands too far with 422. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
@TestProfile(ImportLimitsTest.SmallLimits.class)
class ImportLimitsTest {

    /** The suite's profile with a 20 kB import limit and zips allowed to expand tenfold. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.intake.max-file-size", "20000", "tracker.intake.max-zip-expansion", "10");
        }

        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @Inject
    ImportRunRepository runs;

    @Inject
    ImportLeases leases;

    @Test
    void aFileOverTheLimitIs413() {
        byte[] big = "x".repeat(30_000).getBytes(StandardCharsets.UTF_8);
        // The server answers 413 as soon as it sees the stated length and closes the connection; a client still
        // writing the body then fails instead of reading the answer. Expect: 100-continue makes the client wait for
        // that answer before it sends the body, as a careful client does.
        int status = given().config(io.restassured.RestAssured.config().httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig()
                                .setParam("http.protocol.expect-continue", true)))
                .contentType("application/octet-stream").queryParam("format", "gdelt").body(big)
                .post("/api/imports").statusCode();
        assertThat(status).isEqualTo(413);
    }

    @Test
    void aZipThatExpandsTooFarIsRefused() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rows.append(GdeltRow.of(1_000_000 + i, "20310101", "KOR", "IND", "040").line()).append('\n');
        }
        byte[] zip = ImportResourceTest.zip("many.CSV", rows.toString());
        assertThat(zip.length).isLessThan(20_000);
        Imports.send("gdelt", zip).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("zip bomb"));
    }

    @Test
    void aFileBeingImportedIsRefusedWith409UntilItsImportEnds() throws Exception {
        // A file of its own each run, so that a database kept from an earlier run holds no finished import of it.
        long rowId = 900_000_000 + System.nanoTime() % 100_000_000;
        byte[] file = GdeltRow.file(GdeltRow.of(rowId, "20260301", "KOR", "IND", "042")).getBytes(StandardCharsets.UTF_8);
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(file));
        long running = running("busy.export.CSV", null, null, sha256);
        long importsBefore = runs.count();
        Imports.send("gdelt", file).then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("import " + running));
        assertThat(runs.count()).as("nothing stored for the refused request").isEqualTo(importsBefore);

        leases.markInterrupted(null);
        assertThat(Imports.awaitFinished(running).getString("status")).isEqualTo("FAILED");
        Imports.send("gdelt", file).then().statusCode(202);
    }

    @Test
    void anotherInstancesLiveImportIsLeftRunningAndOneWhoseHeartbeatLapsedIsFailed() {
        long live = running("live.export.CSV", "other-host/1", Instant.now().minusSeconds(5), "1".repeat(64));
        long lapsed = running("lapsed.export.CSV", "other-host/2", Instant.now().minus(java.time.Duration.ofHours(1)),
                "2".repeat(64));
        leases.markInterrupted(null);
        leases.beat();
        assertThat(Imports.awaitFinished(lapsed).getString("status")).isEqualTo("FAILED");
        assertThat(Imports.awaitFinished(lapsed).getString("failure")).startsWith("Interrupted");
        given().get("/api/imports/{id}", live).then().body("status", org.hamcrest.Matchers.equalTo("RUNNING"));
        QuarkusTransaction.requiringNew().run(() -> runs.update("heartbeatAt = null where id = ?1", live));
        leases.beat();
        assertThat(Imports.awaitFinished(live).getString("status")).isEqualTo("FAILED");
    }

    @Test
    void theDatabaseHoldsOneRunningImportPerFile() {
        String sha256 = "3".repeat(64);
        running("first.export.CSV", "host-a/1", Instant.now(), sha256);
        assertThatThrownBy(() -> running("second.export.CSV", "host-b/1", Instant.now(), sha256))
                .as("a second running import of the same file").isInstanceOf(RuntimeException.class);
        long first = QuarkusTransaction.requiringNew().call(() -> runs.find("runningSha256", sha256).firstResult().id);
        QuarkusTransaction.requiringNew().run(() -> runs.update("heartbeatAt = null where runningSha256 = ?1", sha256));
        leases.beat();
        Imports.awaitFinished(first);
        assertThat(runs.count("runningSha256", sha256)).as("a failed import holds no file").isZero();
    }

    /** A running import recorded as the given instance would (null: as one from before instances were named). */
    private long running(String fileName, String runBy, Instant heartbeat, String runningSha256) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportRun run = new ImportRun();
            run.format = ImportFormat.GDELT;
            run.fileName = fileName;
            run.sha256 = runningSha256;
            run.runningSha256 = runningSha256;
            run.onError = "fail";
            run.status = ImportRun.Status.RUNNING;
            run.importedBy = "staff";
            run.runBy = runBy;
            run.startedAt = Instant.now();
            run.heartbeatAt = heartbeat;
            runs.persist(run);
            return run.id;
        });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"gdelt|''", "gdelt|'\n\n   \n'",
            "events-csv|'id,date,type,title,participants,topics,citation\n'"})
    void aFileWithNoRowsIsRefusedAndNoImportRecorded(String format, String content) {
        long importsBefore = runs.count();
        Imports.send(format, content.translateEscapes().getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("no rows"));
        assertThat(runs.count()).isEqualTo(importsBefore);
    }

    @Test
    void anImportOfAProcessOnThisHostThatNoLongerRunsIsFailedOnStartWhateverItsName() throws Exception {
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long ofGone = running("gone.export.CSV", host + "/" + gone.pid(), Instant.now(), "4".repeat(64));
        long ofLiving = running("living.export.CSV", host + "/" + ProcessHandle.current().parent().orElseThrow().pid(),
                Instant.now(), "5".repeat(64));
        leases.markInterrupted(null);
        assertThat(Imports.awaitFinished(ofGone).getString("status")).isEqualTo("FAILED");
        given().get("/api/imports/{id}", ofLiving).then().body("status", org.hamcrest.Matchers.equalTo("RUNNING"));
        QuarkusTransaction.requiringNew().run(() -> runs.update("heartbeatAt = null where id = ?1", ofLiving));
        leases.beat();
    }

    @Test
    void uploadsLeftByAStoppedProcessAreDeletedOnStartAndLiveOnesKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        java.nio.file.Path left = java.nio.file.Files.createTempFile(tmp, "tracker-import-" + gone.pid() + "-", ".upload");
        java.nio.file.Path live = java.nio.file.Files.createTempFile(tmp,
                "tracker-import-" + ProcessHandle.current().pid() + "-", ".upload");
        try {
            leases.markInterrupted(null);
            assertThat(left).doesNotExist();
            assertThat(live).exists();
        } finally {
            java.nio.file.Files.deleteIfExists(live);
        }
    }

    @Test
    void anImportRunningWhenTheServiceStoppedIsMarkedFailedOnStart() {
        long id = running("killed.CSV", null, null, "0".repeat(64));
        leases.markInterrupted(null);
        JsonPath failed = Imports.awaitFinished(id);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).startsWith("Interrupted");
    }
}
