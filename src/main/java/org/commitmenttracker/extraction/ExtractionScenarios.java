package org.commitmenttracker.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.commitmenttracker.rules.RuleBase;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Runs the extraction scenarios of a folder (rules/tests/extraction/) against a rule base. */
public final class ExtractionScenarios {

    public static final String FOLDER = "tests/extraction";
    private static final YAMLMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** One scenario file's result: every failure, or none when it passed; {@code error} when it cannot be read. */
    public record Result(String file, String description, int candidates, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private ExtractionScenarios() {
    }

    public static List<Result> runAll(RuleBase rules, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Result> results = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                results.add(run(rules, file));
            }
            return results;
        }
    }

    public static Result run(RuleBase rules, Path file) {
        String name = file.getFileName().toString();
        ExtractionScenario s;
        try {
            s = YAML.readValue(file.toFile(), ExtractionScenario.class);
        } catch (IOException | RuntimeException e) {
            return new Result(name, null, 0, List.of("cannot be read: " + e.getMessage()));
        }
        List<ExtractedCandidate> found = new CandidateExtractor().extract(rules,
                new CandidateExtractor.Release(HtmlText.plain(s.text()), s.statedOn(), s.publisher()));
        List<String> failures = new ArrayList<>();
        for (ExtractionScenario.Expected x : s.expect()) {
            found.stream().filter(c -> c.quote().equals(x.quote())).findFirst().ifPresentOrElse(
                    c -> failures.addAll(mismatches(x, c)), () -> failures.add("no candidate quotes \"" + x.quote()
                            + "\"; found " + found.stream().map(c -> "\"" + c.quote() + "\"").toList()));
        }
        for (String words : s.absent()) {
            found.stream().filter(c -> c.quote().contains(words)).forEach(c -> failures.add("\"" + words
                    + "\" should be in no candidate, but is in \"" + c.quote() + "\" (cues " + c.cues() + ")"));
        }
        if (s.exhaustive() && found.size() != s.expect().size()) {
            failures.add("expected exactly " + s.expect().size() + " candidate(s), found " + found.size() + ": "
                    + found.stream().map(ExtractedCandidate::quote).toList());
        }
        return new Result(name, s.description(), found.size(), failures);
    }

    private static List<String> mismatches(ExtractionScenario.Expected x, ExtractedCandidate c) {
        List<String> out = new ArrayList<>();
        check(out, c.quote(), "kind", x.kind(), c.kind());
        check(out, c.quote(), "actors", x.actors(), x.actors() == null ? null : new HashSet<>(c.actors()));
        check(out, c.quote(), "addressees", x.addressees(),
                x.addressees() == null ? null : new HashSet<>(c.addressees()));
        check(out, c.quote(), "deadline", x.deadline(), c.deadline());
        check(out, c.quote(), "cadence", x.cadence(), c.cadence());
        check(out, c.quote(), "trigger", x.trigger(), c.trigger());
        return out;
    }

    private static void check(List<String> out, String quote, String field, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            out.add("\"" + quote + "\": expected " + field + " " + expected + ", got " + actual);
        }
    }
}
