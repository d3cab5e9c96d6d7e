package org.commitmenttracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Files dropped into the inbox are imported and filed under done/ or failed/ with their report beside them. */
@QuarkusTest
@TestProfile(InboxTest.WatchedInbox.class)
class InboxTest {

    static final Path INBOX = Path.of("target", "inbox-under-test");

    /** The suite's profile with the inbox watched every second in a folder of its own. */
    public static class WatchedInbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.intake.inbox.enabled", "true", "tracker.intake.inbox.folder", INBOX.toString(),
                    "tracker.intake.inbox.interval", "1s", "tracker.intake.inbox.settle", "0s");
        }

        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    static JsonNode awaitReport(String folder, String name) throws IOException {
        Path report = INBOX.resolve(folder).resolve(name + InboxFiling.REPORT);
        Awaitility.await("report of " + name).atMost(Duration.ofMinutes(1)).until(() -> Files.exists(report));
        assertThat(INBOX.resolve(folder).resolve(name)).exists();
        assertThat(INBOX.resolve(name)).doesNotExist();
        return new ObjectMapper().readTree(report.toFile());
    }

    @Test
    void aGdeltExportIsImportedAndFiledUnderDone() throws Exception {
        Files.createDirectories(INBOX);
        String name = "inbox-" + System.nanoTime() + ".export.CSV";
        Files.writeString(INBOX.resolve(name), GdeltRow.file(GdeltRow.of(System.nanoTime(), "20310901", "ISL",
                "NOR", "040")));
        JsonNode report = awaitReport("done", name);
        assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(report.get("importedBy").asText()).isEqualTo("inbox");
        assertThat(report.get("eventsCreated").asLong()).isEqualTo(1);
    }

    @Test
    void aMappedFileTakesItsSettingsFromTheFileBesideIt() throws Exception {
        Files.createDirectories(INBOX);
        String name = "staff-" + System.nanoTime() + ".csv";
        Files.writeString(INBOX.resolve(name + InboxImporter.SETTINGS), """
                format: csv
                trusted: true
                dateColumn: Date
                typeColumn: What
                participantColumns: Who
                """);
        Files.writeString(INBOX.resolve(name), "Date,What,Who\n2031-09-02,visit,Iceland;Norway\n");
        JsonNode report = awaitReport("done", name);
        assertThat(report.get("trusted").asBoolean()).isTrue();
        assertThat(INBOX.resolve("done").resolve(name + InboxImporter.SETTINGS)).exists();
    }

    @Test
    void aBadFileIsFiledUnderFailedWithItsRowsAndAnUnknownOneWithTheReason() throws Exception {
        Files.createDirectories(INBOX);
        String bad = "bad-" + System.nanoTime() + ".events.csv";
        Files.writeString(INBOX.resolve(bad), "date,type,title\n2031-07-01,meeting,x\n");
        JsonNode report = awaitReport("failed", bad);
        assertThat(report.get("status").asText()).isEqualTo("REFUSED");
        assertThat(report.get("rowErrors").get(0).get("field").asText()).isEqualTo("header");

        String unknown = "notes-" + System.nanoTime() + ".txt";
        Files.writeString(INBOX.resolve(unknown), "hello");
        assertThat(awaitReport("failed", unknown).get("detail").asText()).contains("format: is required");
    }
}
