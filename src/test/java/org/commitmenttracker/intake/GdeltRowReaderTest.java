package org.commitmenttracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The GDELT reader takes the codebook's columns, and names each bad row by line and field. */
class GdeltRowReaderTest {

    final List<ImportRow> rows = new ArrayList<>();
    final List<RowProblem> problems = new ArrayList<>();

    void read(String text) throws IOException {
        new GdeltRowReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new RowReader.Sink() {
            @Override
            public void row(ImportRow row) {
                rows.add(row);
            }

            @Override
            public void problem(RowProblem problem) {
                problems.add(problem);
            }
        });
    }

    @Test
    void readsTheCodebookColumns() throws IOException {
        read(GdeltRow.file(GdeltRow.of(1234567890L, "20310310", "KOR", "IND", "042").counts(12, 5, 9),
                GdeltRow.of(1234567891L, "20310311", "", "IND", "057").knownGroup1("UNO")));
        assertThat(problems).isEmpty();
        assertThat(rows).hasSize(2);
        ImportRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.datasetKey()).isEqualTo("gdelt:1234567890");
        assertThat(first.date()).isEqualTo(LocalDate.of(2031, 3, 10));
        assertThat(first.type()).isEqualTo(new ImportRow.Term("EventCode", "042", "cameo"));
        assertThat(first.parties()).extracting(ImportRow.Term::value).containsExactly("KOR", "IND");
        assertThat(first.mentions()).isEqualTo(12);
        assertThat(first.sources()).isEqualTo(5);
        assertThat(first.articles()).isEqualTo(9);
        assertThat(first.citation()).isEqualTo("https://news.example/1234567890");
        assertThat(rows.get(1).parties()).extracting(ImportRow.Term::field, ImportRow.Term::value)
                .extracting(t -> t.toList().toString()).containsExactly("[Actor1KnownGroupCode, UNO]",
                        "[Actor2CountryCode, IND]");
    }

    @Test
    void namesEachBadRowByLineAndField() throws IOException {
        String shortRow = GdeltRow.of(3, "20310310", "KOR", "IND", "040").line().substring(0,
                GdeltRow.of(3, "20310310", "KOR", "IND", "040").line().lastIndexOf('\t'));
        read(GdeltRow.of(1, "20310310", "KOR", "IND", "040").line() + "\n"
                + GdeltRow.of(2, "20310231", "KOR", "IND", "040").set(31, "many").line() + "\n"
                + shortRow + "\n");
        assertThat(rows).hasSize(1);
        assertThat(problems).extracting(RowProblem::line, RowProblem::field).extracting(t -> t.toList().toString())
                .containsExactly("[2, SQLDATE]", "[2, NumMentions]", "[3, columns]");
        assertThat(problems.get(2).message()).isEqualTo("expected 61 tab-separated columns, found 60");
    }
}
