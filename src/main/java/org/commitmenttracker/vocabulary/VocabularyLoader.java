package org.commitmenttracker.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the vocabulary files ({@code vocabulary/*.yaml} under the rules folder) into a {@link Vocabulary}, or refuses
 * with every fault and its file and line: bad YAML, unknown fields, a concept without id or label, a label or code
 * claimed by two concepts of one scheme, a broader concept or mapping that names no concept, a broader cycle.
 * Files naming the same scheme add to it, so a large scheme can be split (countries apart from organisations).
 */
public final class VocabularyLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** One vocabulary file: its path under the rules folder and its text. */
    public record Source(String path, String content) {
    }

    private VocabularyLoader() {
    }

    /** Builds the vocabulary of the files; throws {@link VocabularyException} listing every problem. */
    public static Vocabulary load(List<Source> sources) {
        List<VocabularyProblem> problems = new ArrayList<>();
        Map<String, List<Located>> byScheme = new TreeMap<>();
        for (Source source : sources) {
            SchemeFile file = parse(source, problems);
            if (file != null) {
                byScheme.computeIfAbsent(file.scheme(), k -> new ArrayList<>()).add(new Located(source.path(), file));
            }
        }
        Map<String, Scheme> schemes = new LinkedHashMap<>();
        byScheme.forEach((id, files) -> schemes.put(id, SchemeBuilder.build(id, files, problems)));
        if (!problems.isEmpty()) {
            throw new VocabularyException(problems);
        }
        return new Vocabulary(schemes);
    }

    /** A parsed file with its path. */
    record Located(String path, SchemeFile file) {
    }

    /**
     * Where the fault is: for a field or value that does not fit, the token being read (the parser has often moved on
     * to the next line by then); for bad YAML, where the parser stopped.
     */
    private static JsonLocation locationOf(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && e.getProcessor() instanceof JsonParser parser) {
            return parser.currentTokenLocation();
        }
        return e.getLocation();
    }

    private static SchemeFile parse(Source source, List<VocabularyProblem> problems) {
        try {
            SchemeFile file = YAML.readValue(source.content(), SchemeFile.class);
            if (file == null || file.scheme() == null || file.scheme().isBlank()) {
                problems.add(new VocabularyProblem(source.path(), 1, 1,
                        "missing 'scheme:' (topics, event-types or parties)"));
                return null;
            }
            return file;
        } catch (JsonProcessingException e) {
            JsonLocation at = locationOf(e);
            problems.add(new VocabularyProblem(source.path(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()));
            return null;
        }
    }
}
