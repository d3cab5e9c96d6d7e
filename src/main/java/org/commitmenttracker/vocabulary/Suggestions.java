package org.commitmenttracker.vocabulary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The concepts a misspelt or partial term most likely meant: labels within a few edits of it ("securty council"), or
 * labels that contain every word of it ("Korea" suggests both Koreas rather than guessing one).
 */
final class Suggestions {

    private Suggestions() {
    }

    static List<Concept> closest(Scheme scheme, String term, int limit) {
        String key = Labels.key(term);
        if (key.isEmpty()) {
            return List.of();
        }
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, key.length() / 3));
        List<String> words = Arrays.asList(key.split(" "));
        Map<String, Integer> best = new HashMap<>();
        scheme.labelIndex().forEach((label, conceptId) -> {
            int score = score(distance, key, words, label);
            if (score >= 0) {
                best.merge(conceptId, score, Math::min);
            }
        });
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> scheme.concept(e.getKey()).orElseThrow())
                .toList();
    }

    /** 0 when the label holds every word of the term, else 1 + the edit distance; -1 when too far. */
    private static int score(LevenshteinDistance distance, String key, List<String> words, String label) {
        if (Arrays.asList(label.split(" ")).containsAll(words)) {
            return 0;
        }
        int edits = distance.apply(key, label);
        return edits < 0 ? -1 : 1 + edits;
    }
}
