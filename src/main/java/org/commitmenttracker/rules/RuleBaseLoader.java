package org.commitmenttracker.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commitmenttracker.rules.facts.Parameters;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.commitmenttracker.vocabulary.VocabularyException;
import org.commitmenttracker.vocabulary.VocabularyLoader;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Compiles the rules folder ({@code **}{@code /*.drl}, {@code parameters.yaml} and the vocabulary under
 * {@code vocabulary/}) into a {@link RuleBase}, or
 * refuses with every problem and its file and line. Compiling happens here only: never per request or evaluation.
 */
public class RuleBaseLoader {

    static final String PARAMETERS_FILE = "parameters.yaml";
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]|Line (\\d+):(\\d+)");
    private static final YAMLMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ClassLoader classLoader = new CachingClassLoader(RuleBaseLoader.class.getClassLoader());

    /** Reads and compiles every rule file under the folder. */
    public RuleBase load(Path folder) {
        return compile(read(folder));
    }

    /** Compiles the given files; throws {@link RuleCompilationException} listing every problem. */
    public RuleBase compile(List<RuleFile> files) {
        List<RuleFile> sorted = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
        List<RuleProblem> problems = new ArrayList<>();
        Parameters parameters = parameters(sorted, problems);
        Vocabulary vocabulary = vocabulary(sorted, problems);
        WordLists words = WordLists.of(sorted, problems);
        LearnedScore learned = LearnedScore.of(sorted, problems);
        KnowledgeBuilderConfiguration configuration =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
        // Facts are immutable and rules never modify them, so property reactivity has nothing to track.
        configuration.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        for (RuleFile file : sorted) {
            if (file.isDrl()) {
                builder.add(ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(file.path()), ResourceType.DRL);
            }
        }
        builder.getErrors().forEach(error -> problems.add(problem(error)));
        sorted.stream().filter(RuleFile::isDrl).forEach(file -> problems.addAll(RegexLiterals.check(file)));
        if (sorted.stream().noneMatch(RuleFile::isDrl)) {
            problems.add(new RuleProblem("", 0, 0, "no .drl file found"));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new RuleBase(builder.newKieBase(), version(sorted), sorted, parameters, vocabulary, words)
                .withLearnedScore(learned);
    }

    /**
     * The rule files under a folder, with paths relative to it: every .drl file, parameters.yaml and the vocabulary
     * files; the scenario tests under tests/ are not rules.
     */
    public static List<RuleFile> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(new RuleProblem(folder.toString(), 0, 0, "the rules folder "
                    + "does not exist or is not a folder: set tracker.home (TRACKER_HOME) to the folder that holds "
                    + "rules/, or tracker.rules.folder")));
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            // Only rule files are read: the folder watch calls this every few seconds.
            return paths.filter(Files::isRegularFile)
                    .filter(p -> RuleFile.isRuleFile(relative(folder, p)))
                    .map(p -> new RuleFile(relative(folder, p), readString(p)))
                    .sorted(Comparator.comparing(RuleFile::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** SHA-256 over each file's path and content, in path order. */
    static String version(List<RuleFile> sortedFiles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : sortedFiles) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Parameters parameters(List<RuleFile> files, List<RuleProblem> problems) {
        RuleFile file = files.stream().filter(f -> f.path().equals(PARAMETERS_FILE)).findFirst().orElse(null);
        if (file == null) {
            problems.add(new RuleProblem(PARAMETERS_FILE, 0, 0, "missing: it sets dueSoonWindow and defaultReviewWindow"));
            return null;
        }
        try {
            ParametersFile values = YAML.readValue(file.content(), ParametersFile.class);
            if (values == null || values.dueSoonWindow() == null || values.defaultReviewWindow() == null) {
                problems.add(new RuleProblem(PARAMETERS_FILE, 0, 0, "dueSoonWindow and defaultReviewWindow are both required"));
                return null;
            }
            Map<Status, Double> scores = values.scores() == null ? Parameters.DEFAULT_SCORES : values.scores();
            if (scores.values().stream().anyMatch(v -> v == null || v < -1 || v > 1)) {
                problems.add(new RuleProblem(PARAMETERS_FILE, 0, 0, "each score must be a number from -1 to 1"));
                return null;
            }
            return new Parameters(values.dueSoonWindow(), values.defaultReviewWindow(), scores);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new RuleProblem(PARAMETERS_FILE, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage()));
            return null;
        }
    }

    /** The vocabulary of the files under vocabulary/; empty when there are none, so every term is uncontrolled. */
    private static Vocabulary vocabulary(List<RuleFile> files, List<RuleProblem> problems) {
        try {
            return VocabularyLoader.load(files.stream().filter(RuleFile::isVocabulary)
                    .map(f -> new VocabularyLoader.Source(f.path(), f.content())).toList());
        } catch (VocabularyException e) {
            e.problems().forEach(p -> problems.add(new RuleProblem(p.file(), p.line(), p.column(), p.message())));
            return null;
        }
    }

    private static RuleProblem problem(KnowledgeBuilderError error) {
        String file = error.getResource() == null ? "" : error.getResource().getSourcePath();
        String message = error.getMessage().trim();
        int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
        int column = 0;
        Matcher m = LINE_AND_COLUMN.matcher(message);
        if (m.find()) {
            int lineGroup = m.group(1) != null ? 1 : 3;
            line = line > 0 ? line : Integer.parseInt(m.group(lineGroup));
            column = Integer.parseInt(m.group(lineGroup + 1));
        }
        return new RuleProblem(file, line, column, message);
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ParametersFile(Period dueSoonWindow, Period defaultReviewWindow, Map<Status, Double> scores) {
    }
}
