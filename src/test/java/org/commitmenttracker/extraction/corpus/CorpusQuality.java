package org.commitmenttracker.extraction.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.extraction.CandidateExtractor;
import org.commitmenttracker.extraction.HtmlText;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Split;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Text;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction on the labelled corpus of real releases: recall, precision and field accuracy, for the dev
 * split (with every miss and every false candidate, to tune on) and the test split (totals only: never tune on
 * it). Run on demand: {@code ./mvnw -Pextraction-quality test}; the report goes to target/extraction/corpus.md.
 */
@Tag("quality")
class CorpusQuality {

    @Test
    void recallPrecisionAndFieldsOnTheLabelledCorpus() throws IOException {
        RuleBase rules = new RuleBaseLoader().load(Path.of("rules"));
        CandidateExtractor extractor = new CandidateExtractor();
        StringBuilder report = new StringBuilder("# Extraction on the labelled corpus, " + LocalDateTime.now()
                .withNano(0) + "\n\n" + TextScore.HEADER);
        Map<Split, List<TextScore>> bySplit = new LinkedHashMap<>();
        for (Split split : Split.values()) {
            List<TextScore> scores = new ArrayList<>();
            for (Text text : LabelledCorpus.load(split)) {
                String read = HtmlText.plain(text.content());
                CandidateExtractor.Reading reading = extractor.read(rules, new CandidateExtractor.Release(read,
                        text.label().source().date(), text.label().source().publisher()));
                TextScore score = TextScore.of(text, read, reading.candidates());
                reading.setAside().forEach(part -> score.notes().add("- set aside (" + part.reason() + "): "
                        + abbreviated(part.span().text())));
                scores.add(score);
            }
            bySplit.put(split, scores);
            report.append(TextScore.total(split.name().toLowerCase() + " (" + scores.size() + " texts)", scores));
        }
        report.append("\n## By style\n\n").append(TextScore.HEADER);
        bySplit.forEach((split, scores) -> TextScore.byStyle(scores).forEach((style, group) -> report.append(
                TextScore.total(split.name().toLowerCase() + " " + style + " (" + group.size() + ")", group))));
        report.append("\n## Dev, text by text (the test split's details are not shown: do not tune on them)\n\n")
                .append(TextScore.HEADER);
        bySplit.get(Split.DEV).forEach(s -> report.append(TextScore.total(s.name(), List.of(s))));
        report.append('\n');
        bySplit.get(Split.DEV).forEach(s -> s.describe(report));
        Path out = Path.of("target", "extraction", "corpus.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(bySplit.get(Split.TEST)).isNotEmpty();
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 100 ? line.substring(0, 97) + "..." : line;
    }
}
