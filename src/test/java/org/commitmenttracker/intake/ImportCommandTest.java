package org.commitmenttracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.commitmenttracker.ConsoleRun;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The command line import: exit 0 and a summary on success, 1 with each bad row, 2 for bad settings. */
@QuarkusTest
class ImportCommandTest {

    @Inject
    ImportService imports;

    private ConsoleRun run(String... args) throws Exception {
        ImportCommand command = new ImportCommand();
        command.imports = imports;
        return ConsoleRun.of(() -> command.run(args));
    }

    @Test
    void aGdeltExportIsImportedWithASummary() throws Exception {
        Path file = Files.createTempFile("cli-", ".export.CSV");
        Files.writeString(file, GdeltRow.file(GdeltRow.of(System.nanoTime(), "20311001", "DNK", "SWE", "046")));
        ConsoleRun ran = run("import", file.toString());
        assertThat(ran.exit()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("succeeded: 1 rows read, 1 accepted (0 merged)", "1 events created");
    }

    @Test
    void aRefusedFileListsEachBadRowAndExitsOne() throws Exception {
        Path file = Files.createTempFile("cli-", ".events.csv");
        Files.writeString(file, "date,type,title\n2031-07-01,meeting,x\n");
        ConsoleRun ran = run("import", file.toString());
        assertThat(ran.exit()).isEqualTo(1);
        assertThat(ran.err()).contains(file + ":1: header: missing column(s) citation, participants, topics");
    }

    @Test
    void badSettingsExitTwo() throws Exception {
        Path file = Files.createTempFile("cli-", ".txt");
        assertThat(run("import", file.toString()).exit()).isEqualTo(2);
        assertThat(run("import", file.toString(), "format=gdelt", "onError").exit()).isEqualTo(2);
        assertThat(run("import").exit()).isEqualTo(2);
        ConsoleRun misspelt = run("import", file.toString(), "format=csv", "dateColum=Date");
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).contains("dateColum");
    }
}
