package org.commitmenttracker.extraction.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The labelled corpus of real releases in src/test/resources/extraction/corpus: each text with the commitments
 * people found in it, in the folder of its split (dev: tuned on; test: only measured on).
 */
public final class LabelledCorpus {

    public static final Path ROOT = Path.of("src/test/resources/extraction/corpus");

    public enum Split { DEV, TEST }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Source(String publisher, LocalDate date, String title, String url, String style) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Commitment(String quote, List<String> actors, List<String> addressees, String kind,
                             LocalDate deadline, Period cadence, String condition, boolean vague) {

        public List<String> actors() {
            return actors == null ? List.of() : actors;
        }

        public List<String> addressees() {
            return addressees == null ? List.of() : addressees;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record NotCommitment(String quote, String why) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Label(Source source, List<String> parties, String speaker, List<Commitment> commitments,
                        List<NotCommitment> notCommitments) {

        public List<Commitment> commitments() {
            return commitments == null ? List.of() : commitments;
        }

        public List<NotCommitment> notCommitments() {
            return notCommitments == null ? List.of() : notCommitments;
        }
    }

    /** A text and its label. */
    public record Text(String name, Split split, String content, Label label) {

        /** Where the quote stands in this text (spacing aside), or empty when it is not words of the text. */
        public Optional<int[]> locate(String quote) {
            return LabelledCorpus.locate(content, quote);
        }
    }

    private static final String SPACE = "[\\s\\u00a0\\u2007\\u202f]+";
    private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private LabelledCorpus() {
    }

    /** Where the quote stands in a text (spacing aside), or empty when it is not words of the text. */
    public static Optional<int[]> locate(String text, String quote) {
        Matcher m = Pattern.compile(Stream.of(quote.strip().split(SPACE)).map(Pattern::quote)
                .collect(Collectors.joining(SPACE))).matcher(text);
        return m.find() ? Optional.of(new int[] {m.start(), m.end()}) : Optional.empty();
    }

    public static List<Text> load(Split split) {
        Path folder = ROOT.resolve(split.name().toLowerCase(java.util.Locale.ROOT));
        try (Stream<Path> files = Files.list(folder)) {
            List<Text> texts = new ArrayList<>();
            for (Path txt : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Path yaml = folder.resolve(name + ".yaml");
                texts.add(new Text(name, split, Files.readString(txt, StandardCharsets.UTF_8),
                        YAML.readValue(yaml.toFile(), Label.class)));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
