package org.commitmenttracker.extraction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import jakarta.inject.Inject;

import org.commitmenttracker.ConsoleRun;
import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Releases from the inbox's releases/ folder and from the command line: sources registered, files filed away. */
@QuarkusTest
@TestSecurity(user = "omar", roles = {Roles.STAFF})
class ReleaseIntakeTest {

    private static final String TEXT = "The two ministers agreed to meet every year.\n";

    @Inject
    ReleaseInbox inbox;
    @Inject
    ReleaseIntake intake;

    @Test
    void aReleaseWithFrontMatterRegistersItsSourceIsReadAndMovesToDone(@TempDir Path folder) throws Exception {
        String id = TestData.unique("front");
        Path file = folder.resolve(id + ".txt");
        Files.writeString(file, "---\npublisher: Ministry of Tests\nstatedOn: 2023-04-05\ntitle: Talks\n---\n" + TEXT);
        inbox.read(folder, file);

        assertThat(folder.resolve("done").resolve(id + ".txt")).exists();
        String report = Files.readString(folder.resolve("done").resolve(id + ".txt.report.json"));
        assertThat(report).contains("\"status\" : \"READ\"", "agreed to meet every year");
        given().get("/api/sources/{id}", id).then().statusCode(200).body("publisher", equalTo("Ministry of Tests"))
                .body("statedOn", equalTo("2023-04-05"));
        given().get("/api/sources/{id}/text", id).then().statusCode(200)
                .body("text", equalTo("The two ministers agreed to meet every year."));
    }

    @Test
    void aSideFileNamesAnExistingSourceAndABadOneSendsTheFileToFailedWithItsLine(@TempDir Path folder)
            throws Exception {
        String source = TestData.createSource();
        Path good = folder.resolve("statement.html");
        Files.writeString(good, "<p>" + TEXT + "</p>");
        Files.writeString(folder.resolve("statement.html.release.yaml"), "source: " + source + "\n");
        inbox.read(folder, good);
        assertThat(folder.resolve("done").resolve("statement.html.release.yaml")).exists();
        given().get("/api/sources/{id}/text", source).then().body("mediaType", equalTo("text/html"));

        Path bad = folder.resolve("broken.txt");
        Files.writeString(bad, TEXT);
        Files.writeString(folder.resolve("broken.txt.release.yaml"), "publisher: X\nstatedOn: not a date\n");
        inbox.read(folder, bad);
        assertThat(Files.readString(folder.resolve("failed").resolve("broken.txt.report.json")))
                .contains("REFUSED", "broken.txt.release.yaml:2");

        Path orphan = folder.resolve("orphan.txt");
        Files.writeString(orphan, TEXT);
        inbox.read(folder, orphan);
        assertThat(Files.readString(folder.resolve("failed").resolve("orphan.txt.report.json")))
                .contains("name an existing source");
    }

    @Test
    void theCommandLinePrintsTheCandidatesAndExitsByOutcome(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("cli.txt");
        Files.writeString(file, TEXT);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        String id = TestData.unique("cli");
        ConsoleRun ok = run("extract", file.toString(), "id=" + id, "publisher=Ministry of Tests", "statedOn=2023-04-05",
                "title=Talks");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("read as source " + id, "1 candidate(s)", "RECURRING",
                "\"agreed to meet every year\"");
        assertThat(run("extract", file.toString(), "source=" + id).out()).contains("was already read");
        assertThat(run("extract").exit()).isEqualTo(2);
        assertThat(run("extract", folder.resolve("missing.txt").toString()).exit()).isEqualTo(2);
        assertThat(run("extract", file.toString(), "colour=blue").exit()).isEqualTo(2);
        Files.write(file, new byte[] {'a', 0, 'b'});
        assertThat(run("extract", file.toString(), "source=" + id).exit()).isEqualTo(1);
    }

    private ConsoleRun run(String... args) throws Exception {
        ExtractCommand command = new ExtractCommand();
        command.intake = intake;
        return ConsoleRun.of(() -> command.run(args));
    }
}
