package org.commitmenttracker.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a phrase that is not a label but holds one: "Foreign ministers' talks" is a meeting, "Signed an MoU" an
 * agreement, "UNSC reform" the Security Council. The phrase's words are matched against the labels, longest first;
 * the phrase resolves when they name one concept, or a concept and broader ones (then the narrowest: "summit
 * meeting" is a summit). A phrase that names two unrelated concepts ("defence and trade") or says that the thing
 * did not happen ("cancelled visit", "postponed talks") is left for a person.
 */
final class PhraseReading {

    /** Words that say an event did not take place, or not yet: such a phrase is never read as the event. */
    private static final Set<String> NOT_HAPPENED = Set.of("cancelled", "canceled", "cancellation", "postponed",
            "postponement", "called", "off", "failed", "no", "not", "without", "planned", "proposed", "scheduled",
            "upcoming", "future", "possible", "rejected", "suspended", "refused", "declined");
    /**
     * English function words that are also codes ("and" Andorra, "in" India, "us" the United States, "can" Canada):
     * inside a phrase they are read as words, never alone as a label; labels of several words may hold them
     * ("Republic of Korea").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can",
            "do", "for", "from", "in", "is", "it", "me", "my", "of", "on", "or", "per", "so", "the", "to", "us",
            "via", "we", "with");
    private static final int MAX_LABEL_WORDS = 8;

    private PhraseReading() {
    }

    /** The concept a phrase of two or more words names through the labels it holds, with the label read. */
    static Optional<Map.Entry<String, String>> read(String key, Map<String, String> byLabel, Scheme scheme) {
        String[] words = key.split(" ");
        if (words.length < 2 || java.util.Arrays.stream(words).anyMatch(NOT_HAPPENED::contains)) {
            return Optional.empty();
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(MAX_LABEL_WORDS, words.length - i); n >= 1; n--) {
                if (n == 1 && FUNCTION_WORDS.contains(words[i])) {
                    break;
                }
                String label = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                String conceptId = byLabel.get(label);
                if (conceptId != null) {
                    found.putIfAbsent(conceptId, label);
                    i += n - 1;
                    break;
                }
            }
        }
        List<String> narrowest = new ArrayList<>(found.keySet());
        narrowest.removeIf(c -> found.keySet().stream().anyMatch(o -> !o.equals(c)
                && scheme.withBroader(o).contains(c)));
        return narrowest.size() == 1 ? Optional.of(Map.entry(narrowest.get(0), found.get(narrowest.get(0))))
                : Optional.empty();
    }
}
