package org.commitmenttracker.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.commitmenttracker.rules.RuleBaseLoader;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rows read and normalised on their own thread reach the writer in order, and a failure on either side stops both. */
class NormalisedChunksTest {

    static RowNormaliser normaliser;

    @BeforeAll
    static void load() {
        Vocabulary vocabulary = new RuleBaseLoader().load(Path.of("rules")).vocabulary();
        normaliser = new RowNormaliser(vocabulary);
    }

    static ImportFile gdelt(int rows) throws IOException {
        GdeltRow[] all = new GdeltRow[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = GdeltRow.of(1_000 + i, "20310301", "KOR", "IND", "040");
        }
        byte[] bytes = GdeltRow.file(all).getBytes(StandardCharsets.UTF_8);
        return ImportFile.store(new ByteArrayInputStream(bytes), "test.CSV", 10_000_000, 10);
    }

    @Test
    void everyRowArrivesInFileOrderAChunkAtATime() throws IOException {
        ImportProgress progress = new ImportProgress(5);
        List<Integer> sizes = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (ImportFile file = gdelt(5);
             NormalisedChunks chunks = NormalisedChunks.start(file, new GdeltRowReader(), normaliser, progress, 2)) {
            for (List<NormalisedRow> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                sizes.add(chunk.size());
                chunk.forEach(r -> lines.add(r.row().line()));
            }
        }
        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(lines).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(progress.done()).isEqualTo(5);
    }

    @Test
    void aFailureWhileReadingReachesTheWriterInsteadOfTheRowsLeft() throws IOException {
        RowReader failing = (in, sink) -> {
            new GdeltRowReader().read(in, sink);
            throw new IOException("disk went away");
        };
        try (ImportFile file = gdelt(3);
             NormalisedChunks chunks = NormalisedChunks.start(file, failing, normaliser, new ImportProgress(3), 2)) {
            assertThat(chunks.next()).hasSize(2);
            assertThatThrownBy(chunks::next).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("disk went away");
        }
    }

    @Test
    void aWriterThatStopsEarlyStopsTheReader() throws Exception {
        try (ImportFile file = gdelt(20_000)) {
            NormalisedChunks chunks = NormalisedChunks.start(file, new GdeltRowReader(), normaliser,
                    new ImportProgress(20_000), 10);
            assertThat(chunks.next()).hasSize(10);
            chunks.close();
            Awaitility.await("the reader thread ends").atMost(Duration.ofMinutes(1)).until(() -> !readerRunning());
        }
    }

    private static boolean readerRunning() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("import-reader"));
    }
}
