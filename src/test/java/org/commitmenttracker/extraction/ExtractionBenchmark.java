package org.commitmenttracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.commitmenttracker.BenchmarkReport;
import org.commitmenttracker.extraction.corpus.LabelledCorpus;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long reading a 2,000-word release takes: real text (the corpus's dev texts, one after another, cut at 2,000
 * words), with the shipped rules, after warm-up, read 100 times; then 2,000-word stretches of the test split's texts,
 * each read once. Not part of the test suite: run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ExtractionBenchmark}; appends to target/benchmarks/evaluation.md.
 */
@Tag("benchmark")
class ExtractionBenchmark {

    private static final int WORDS = Integer.getInteger("bench.extraction.words", 2000);
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    @Test
    void readsATwoThousandWordReleaseWithinItsBudget() throws IOException {
        RuleBase rules = new RuleBaseLoader().load(Path.of("rules"));
        String release = release(LabelledCorpus.Split.DEV, WORDS);
        CandidateExtractor extractor = new CandidateExtractor();
        CandidateExtractor.Release input = new CandidateExtractor.Release(release, LocalDate.of(2024, 1, 1), null);
        for (int i = 0; i < WARM_UP; i++) {
            extractor.extract(rules, input);
        }
        long[] nanos = new long[RUNS];
        int candidates = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            candidates = extractor.extract(rules, input).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String row = String.format(Locale.ROOT, "| extraction, %d words (%d characters), %d candidates | p50 %.1f ms | "
                + "p95 %.1f ms | max %.1f ms |", WORDS, release.length(), candidates, nanos[RUNS / 2] / 1e6,
                nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS - 1] / 1e6);
        System.out.println(row);
        BenchmarkReport.row(row);
        assertThat(candidates).isPositive();
        firstReadings(rules, extractor);
    }

    /**
     * 2,000-word releases read for the first time in this JVM (the test split's texts one after another, after the
     * dev texts warmed it up), so that no phrase was seen before in the same place.
     */
    private static void firstReadings(RuleBase rules, CandidateExtractor extractor) throws IOException {
        String all = release(LabelledCorpus.Split.TEST, Integer.MAX_VALUE);
        String[] words = all.split(" ");
        StringBuilder times = new StringBuilder();
        for (int from = 0; from + WORDS <= words.length; from += WORDS) {
            String text = String.join(" ", Arrays.copyOfRange(words, from, from + WORDS));
            long start = System.nanoTime();
            extractor.extract(rules, new CandidateExtractor.Release(text, LocalDate.of(2024, 1, 1), null));
            times.append(String.format(Locale.ROOT, "%.1f ms ", (System.nanoTime() - start) / 1e6));
        }
        BenchmarkReport.row("| extraction, " + WORDS + " words never read before, each once | " + times.toString()
                .strip() + " | | |");
    }

    private static String release(LabelledCorpus.Split split, int most) {
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (LabelledCorpus.Text t : LabelledCorpus.load(split)) {
            for (String line : t.content().split("\n")) {
                for (String word : line.split(" ")) {
                    if (words++ >= most) {
                        return text.toString();
                    }
                    text.append(word).append(' ');
                }
                text.setLength(Math.max(0, text.length() - 1));
                text.append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
