package org.commitmenttracker.rules;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A classifier's view of whether a clause commits, in {@code extraction/learned-score.yaml}: a weight per feature of
 * a clause (its words, word pairs, parts of speech and subject, as extraction's ClauseFeatures names them), learned
 * from the labelled dev texts by a maximum-entropy model, and the share its probability takes in a candidate's
 * confidence beside the cue rules'. The probability is the logistic of the sum of the weights of the features a
 * clause has ({@code bias} always). The file is written by the training (see rules/README.md), versioned with the
 * rules like any rule file, and refused on reload with file and line when malformed.
 */
public record LearnedScore(Map<String, Double> weights, double share) {

    public static final String FILE = "extraction/learned-score.yaml";
    /** No model: candidates rest on the cue rules alone. */
    public static final LearnedScore NONE = new LearnedScore(Map.of(), 0);
    /** At most half, so that a cue of weight 1 still makes a candidate whatever the model says. */
    static final double MAX_SHARE = 0.5;
    private static final YAMLFactory YAML = new YAMLFactory();

    public boolean present() {
        return !weights.isEmpty() && share > 0;
    }

    /** The probability that a clause with these features commits. */
    public double probability(Collection<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** The score of the file among the rule files; none when there is no such file. */
    static LearnedScore of(List<RuleFile> files, List<RuleProblem> problems) {
        return files.stream().filter(f -> f.path().equals(FILE)).findFirst().map(f -> parse(f, problems))
                .orElse(NONE);
    }

    private static LearnedScore parse(RuleFile file, List<RuleProblem> problems) {
        Map<String, Double> weights = new HashMap<>();
        double share = -1;
        try (JsonParser parser = YAML.createParser(file.content())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(at(file, parser.currentLocation(), "expected share, trainedOn and weights"));
                return NONE;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "share" -> share = share(file, parser, value, problems);
                    case "trainedOn" -> parser.skipChildren();
                    case "weights" -> readWeights(file, parser, value, weights, problems);
                    default -> {
                        problems.add(at(file, parser.currentLocation(), "unknown entry \"" + field
                                + "\": the entries are share, trainedOn and weights"));
                        parser.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(at(file, e.getLocation(), e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new RuleProblem(file.path(), 0, 0, e.getMessage()));
        }
        if (share < 0) {
            problems.add(new RuleProblem(file.path(), 1, 1, "share is missing"));
        }
        return new LearnedScore(Map.copyOf(weights), Math.max(0, share));
    }

    private static double share(RuleFile file, JsonParser parser, JsonToken value, List<RuleProblem> problems)
            throws IOException {
        if (!value.isNumeric() || parser.getDoubleValue() < 0 || parser.getDoubleValue() > MAX_SHARE) {
            problems.add(at(file, parser.currentLocation(), "share must be a number from 0 to " + MAX_SHARE));
            return 0;
        }
        return parser.getDoubleValue();
    }

    private static void readWeights(RuleFile file, JsonParser parser, JsonToken value, Map<String, Double> into,
                                    List<RuleProblem> problems) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            problems.add(at(file, parser.currentLocation(), "weights must map each feature to a number"));
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String feature = parser.currentName();
            JsonToken weight = parser.nextToken();
            if (!weight.isNumeric() || !Double.isFinite(parser.getDoubleValue())) {
                problems.add(at(file, parser.currentLocation(), "the weight of \"" + feature + "\" must be a number"));
                parser.skipChildren();
                continue;
            }
            into.put(feature, parser.getDoubleValue());
        }
    }

    private static RuleProblem at(RuleFile file, JsonLocation where, String message) {
        return new RuleProblem(file.path(), where == null ? 0 : where.getLineNr(), where == null ? 0
                : where.getColumnNr(), message);
    }
}
