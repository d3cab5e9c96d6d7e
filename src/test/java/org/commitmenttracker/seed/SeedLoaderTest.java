package org.commitmenttracker.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.commitmenttracker.commitment.CommitmentRepository;
import org.commitmenttracker.event.EventRepository;
import org.commitmenttracker.source.SourceRepository;
import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The seeds folder loads at start, completely, once; a bad seed file is refused whole. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
class SeedLoaderTest {

    static final Path SEEDS = Path.of("seeds");

    @Inject
    SeedLoader loader;
    @Inject
    SourceRepository sources;
    @Inject
    CommitmentRepository commitments;
    @Inject
    EventRepository events;

    @Test
    void everySeedRecordIsStoredAtStart() throws IOException {
        List<SeedFile> files = readAll(SEEDS);
        assertThat(files).isNotEmpty();
        for (SeedFile file : files) {
            assertThat(sources.findByIdOptional(file.source().id())).isPresent();
            file.commitments().forEach(c -> assertThat(commitments.findByIdOptional(c.id())).as(c.id()).isPresent());
            file.events().forEach(e -> assertThat(events.findByIdOptional(e.id())).as(e.id()).isPresent());
        }
        int seededCommitments = files.stream().mapToInt(f -> f.commitments().size()).sum();
        assertThat(seededCommitments).isGreaterThan(12);
    }

    @Test
    void loadingAgainAddsAndChangesNothing() throws IOException {
        long sourcesBefore = sources.count();
        long commitmentsBefore = commitments.count();
        long eventsBefore = events.count();
        List<SeedFile> files = readAll(SEEDS);
        int records = files.stream().mapToInt(f -> 1 + f.commitments().size() + f.events().size()).sum();

        SeedReport report = loader.load(SEEDS);

        assertThat(report.sourcesAdded() + report.commitmentsAdded() + report.eventsAdded()).isZero();
        assertThat(report.skipped()).isEqualTo(records);
        assertThat(sources.count()).isEqualTo(sourcesBefore);
        assertThat(commitments.count()).isEqualTo(commitmentsBefore);
        assertThat(events.count()).isEqualTo(eventsBefore);
    }

    @Test
    void aSeedFileWithAnInvalidRecordIsRefusedWholeWithItsFileAndRecord(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bad.yaml"), """
                source:
                  id: seed-test-bad-source
                  publisher: Test
                  statedOn: 2021-01-07
                  title: A broken seed
                commitments:
                  - id: seed-test-good
                    actors: [KOR]
                    kind: ONGOING
                    summary: fine
                    quote: fine
                    topics: [defence]
                    evidence: {eventTypes: [meeting]}
                  - id: seed-test-bad
                    actors: [KOR]
                    kind: RECURRING
                    summary: no cadence
                    quote: no cadence
                    topics: [defence]
                    evidence: {eventTypes: [meeting]}
                """);
        SeedException refused = catchThrowableOfType(SeedException.class, () -> loader.load(folder));

        assertThat(refused.getMessage()).contains("bad.yaml", "seed-test-bad", "cadence");
        assertThat(sources.findByIdOptional("seed-test-bad-source")).isEmpty();
        assertThat(commitments.findByIdOptional("seed-test-good")).isEmpty();
    }

    static List<SeedFile> readAll(Path folder) throws IOException {
        List<SeedFile> files = new ArrayList<>();
        for (Path file : SeedLoader.seedFiles(folder)) {
            files.add(SeedLoader.read(file));
        }
        return files;
    }
}
