package org.commitmenttracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Measures extraction against commitments people wrote by hand: every seed record that names its release file is
 * compared with the candidates extracted from that file. A candidate matches a commitment when their quotes share at
 * least half of the shorter one's distinct words. Run on demand: {@code ./mvnw -Pextraction-quality test}; the
 * report goes to target/extraction/quality.md (copy its table into docs/extraction.md).
 */
@Tag("quality")
class ExtractionQuality {

    private static final Path RELEASES = Path.of(System.getProperty("quality.releases", "../shared/seeds"));
    private static final Path SEEDS = Path.of(System.getProperty("quality.seeds", "seeds"));

    record Score(String release, int commitments, int recalled, int candidates, int correct, List<String> missed,
                 List<String> wrong, List<ExtractedCandidate> found) {
    }

    @Test
    void recallAndPrecisionOnTheSeedReleases() throws IOException {
        assertThat(RELEASES).as("the releases folder (-Dquality.releases)").isDirectory();
        RuleBase rules = new RuleBaseLoader().load(Path.of("rules"));
        CandidateExtractor extractor = new CandidateExtractor();
        List<Score> scores = new ArrayList<>();
        for (JsonNode seed : seeds()) {
            JsonNode source = seed.get("source");
            Path file = RELEASES.resolve(source.get("fileName").asText());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String> quotes = new ArrayList<>();
            seed.path("commitments").forEach(c -> quotes.add(c.get("quote").asText()));
            List<ExtractedCandidate> found = extractor.extract(rules, new CandidateExtractor.Release(
                    HtmlText.plain(Files.readString(file, StandardCharsets.UTF_8)), LocalDate.parse(source.get("statedOn").asText()),
                    source.path("publisher").asText(null)));
            scores.add(score(file.getFileName().toString(), quotes, found));
        }
        String report = report(scores);
        Path out = Path.of("target", "extraction", "quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(scores).isNotEmpty();
    }

    static Score score(String release, List<String> quotes, List<ExtractedCandidate> found) {
        List<String> missed = quotes.stream().filter(q -> found.stream().noneMatch(c -> overlaps(q, c.quote())))
                .toList();
        List<String> wrong = found.stream().map(ExtractedCandidate::quote)
                .filter(c -> quotes.stream().noneMatch(q -> overlaps(q, c))).toList();
        return new Score(release, quotes.size(), quotes.size() - missed.size(), found.size(),
                found.size() - wrong.size(), missed, wrong, found);
    }

    /** Whether two quotes share at least half of the shorter one's distinct words. */
    static boolean overlaps(String a, String b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        long shared = wordsA.stream().filter(wordsB::contains).count();
        return shared * 2 >= Math.min(wordsA.size(), wordsB.size());
    }

    private static Set<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String report(List<Score> scores) {
        StringBuilder out = new StringBuilder("Extraction quality, " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " processors\n\n"
                + "| release | commitments | recalled | recall | candidates | correct | precision |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        int commitments = 0;
        int recalled = 0;
        int candidates = 0;
        int correct = 0;
        for (Score s : scores) {
            out.append(row(s.release(), s.commitments(), s.recalled(), s.candidates(), s.correct()));
            commitments += s.commitments();
            recalled += s.recalled();
            candidates += s.candidates();
            correct += s.correct();
        }
        out.append(row("**all**", commitments, recalled, candidates, correct)).append('\n');
        for (Score s : scores) {
            s.missed().forEach(q -> out.append("- missed in ").append(s.release()).append(": ").append(q).append('\n'));
            s.wrong().forEach(q -> out.append("- not a commitment in ").append(s.release()).append(": ").append(q)
                    .append('\n'));
        }
        out.append("\n## What was read\n\n| release | kind | actors → addressees | when | confidence | cues | quote |\n"
                + "|---|---|---|---|---:|---|---|\n");
        for (Score s : scores) {
            for (ExtractedCandidate c : s.found()) {
                String when = c.deadline() != null ? "by " + c.deadline() : c.cadence() != null ? "every "
                        + c.cadence() : c.trigger() != null ? c.trigger() : "";
                out.append(String.format(Locale.ROOT, "| %s | %s | %s → %s | %s | %.2f | %s | %s |%n",
                        s.release().substring(0, 3), c.kind(), String.join(", ", c.actors()),
                        String.join(", ", c.addressees()), when, c.confidence(), String.join(", ", c.cues()),
                        c.quote().length() > 90 ? c.quote().substring(0, 87) + "..." : c.quote()));
            }
        }
        return out.toString();
    }

    private static String row(String release, int commitments, int recalled, int candidates, int correct) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %d | %.2f |%n", release, commitments,
                recalled, commitments == 0 ? 0 : (double) recalled / commitments, candidates, correct,
                candidates == 0 ? 0 : (double) correct / candidates);
    }

    private static List<JsonNode> seeds() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<JsonNode> seeds = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode node = yaml.readTree(p.toFile());
                if (node.path("source").has("fileName")) {
                    seeds.add(node);
                }
            }
            return seeds;
        }
    }

}
