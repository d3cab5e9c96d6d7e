package org.commitmenttracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.vocabulary.Concept;
import org.commitmenttracker.vocabulary.Labels;
import org.commitmenttracker.vocabulary.Scheme;

/**
 * Finds where a scheme's concepts are named in a text, by their ids and labels, longest phrase first. Upper-case
 * labels ("ROK", "UNSC", "U.N.") match only words written with capitals, so that "us" is not the United States.
 * For parties, two more readings: a single distinctive word of a country's names ("Korea" of "South Korea" and
 * "North Korea", but not a region's name such as "Africa") names every country it belongs to, for the release's context to decide between them, and a
 * nationality adjective ("Korean", "Indian", "Japanese") names its country.
 */
public final class Mentions {

    /**
     * A naming of one concept, or of several a context must choose from; whether it is possessive ("India's"); and
     * whether it is one distinctive word of a name ("Korea"), which may also be a person's name ("Ana Costa").
     */
    public record Mention(Set<String> concepts, int start, int end, boolean possessive, boolean distinctiveWord) {
        public boolean ambiguous() {
            return concepts.size() > 1;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final int MAX_WORDS = 8;
    /** Countries have codes in this list; only their names' distinctive words are read ("Korea"). */
    private static final String COUNTRY_CODES = "iso-alpha2";
    /** The longest name a nationality adjective is read from ("South African", "Sri Lankan", "Costa Rican"). */
    private static final int NATIONALITY_WORDS = 2;

    private static final int REMEMBERED = 200_000;

    private final Map<String, Set<String>> looked = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> byKey = new HashMap<>();
    private final Set<String> firstWords = new HashSet<>();
    private final Map<String, String> byCapitals = new HashMap<>();
    private final Map<String, Set<String>> byWord = new HashMap<>();
    private final boolean parties;

    private Mentions(java.util.Collection<Concept> concepts, boolean parties, Set<String> notCountryWords) {
        this.parties = parties;
        Map<String, Set<String>> wordOwners = new HashMap<>();
        for (Concept c : concepts) {
            List<String> labels = new ArrayList<>(c.altLabels());
            labels.add(c.prefLabel());
            labels.add(c.id());
            for (String label : labels) {
                index(c.id(), label);
                if (parties && c.mappings().containsKey(COUNTRY_CODES)) {
                    WORD.matcher(label).results().map(java.util.regex.MatchResult::group)
                            .filter(w -> w.length() >= 4 && Character.isUpperCase(w.charAt(0)))
                            .forEach(w -> wordOwners.computeIfAbsent(Labels.key(w), k -> new HashSet<>()).add(c.id()));
                }
            }
        }
        byKey.keySet().forEach(key -> firstWords.add(key.split(" ", 2)[0]));
        // A word in the names of many countries ("Republic", "Islands") names none of them; a word that is another
        // country's nationality adjective ("Chinese" of "Chinese Taipei") names that country.
        wordOwners.forEach((word, owners) -> {
            if (owners.size() <= 2 && !byKey.containsKey(word) && !notCountryWords.contains(word)
                    && !isAdjectiveOfAnother(word, owners)) {
                byWord.put(word, Set.copyOf(owners));
            }
        });
    }

    private boolean isAdjectiveOfAnother(String key, Set<String> owners) {
        return stems(key).stream().map(byKey::get).anyMatch(id -> id != null && !owners.contains(id));
    }

    /** The names a nationality adjective may come from: "korean" korea, "japanese" japan, "german" germany. */
    private static List<String> stems(String w) {
        if (w.length() < 5) {
            return List.of();
        }
        return java.util.stream.Stream.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2),
                w.substring(0, w.length() - 3), w.substring(0, w.length() - 3) + "a", w + "y",
                w.substring(0, w.length() - 2) + "a").filter(stem -> stem.length() >= 4).toList();
    }

    /** The mentions of a scheme's concepts; none when the vocabulary has no such scheme. */
    public static Mentions of(Optional<Scheme> scheme) {
        return new Mentions(scheme.map(Scheme::concepts).orElse(List.of()), false, Set.of());
    }

    /**
     * As {@link #of}, with the readings of parties' names: distinctive words and nationality adjectives, less the
     * words that name no country alone (rules/extraction/words.yaml, notCountryWords: "Africa", "Great").
     */
    public static Mentions ofParties(Optional<Scheme> scheme, Set<String> notCountryWords) {
        return new Mentions(scheme.map(Scheme::concepts).orElse(List.of()), true, notCountryWords);
    }

    private void index(String id, String label) {
        String letters = NOT_LETTER_OR_DIGIT.matcher(label).replaceAll("");
        if (!letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
                && letters.chars().anyMatch(Character::isLetter)) {
            byCapitals.putIfAbsent(letters.toUpperCase(java.util.Locale.ROOT), id);
        } else if (Labels.key(label).length() >= 3) {
            byKey.putIfAbsent(Labels.key(label), id);
        }
    }

    /** The mentions in text[from, to), in order, none overlapping. */
    public List<Mention> find(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!mayStartAName(text, words.get(i))) {
                continue;
            }
            Mention longest = null;
            int span = 0;
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && longest == null; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                Set<String> concepts = lookedUp(text.substring(start, end), n);
                if (!concepts.isEmpty()) {
                    longest = new Mention(concepts, start, end, possessive(text, end),
                            n == 1 && byWord.get(Labels.key(text.substring(start, end))) == concepts);
                    span = n;
                }
            }
            if (longest != null) {
                found.add(longest);
                i += span - 1;
            }
        }
        return found;
    }

    /**
     * Whether a name may start at this word: a capital (codes, distinctive words, nationalities are capitalised) or
     * the first word of some label ("the" of "the UN"). Most words are neither, and are passed over at once.
     */
    private boolean mayStartAName(String text, int[] word) {
        return Character.isUpperCase(text.charAt(word[0]))
                || firstWords.contains(Labels.key(text.substring(word[0], word[1])));
    }

    /**
     * What a phrase names, remembered: a release is scanned several times (per sentence, per subject, per quote) and
     * releases share most words, while normalising a phrase costs more than finding it.
     */
    private Set<String> lookedUp(String phrase, int words) {
        Set<String> known = looked.get(phrase);
        if (known != null) {
            return known;
        }
        if (looked.size() > REMEMBERED) {
            looked.clear();
        }
        Set<String> found = lookUp(phrase, words);
        looked.put(phrase, found);
        return found;
    }

    private Set<String> lookUp(String phrase, int words) {
        String id = byKey.get(Labels.key(phrase));
        if (id != null) {
            return Set.of(id);
        }
        String letters = NOT_LETTER_OR_DIGIT.matcher(phrase).replaceAll("");
        long capitals = letters.chars().filter(Character::isUpperCase).count();
        id = byCapitals.get(letters.toUpperCase(java.util.Locale.ROOT));
        if (id != null && capitals >= Math.min(2, letters.length()) && capitals * 2 >= letters.length()) {
            return Set.of(id);
        }
        if (!parties || words > NATIONALITY_WORDS || !Character.isUpperCase(phrase.charAt(0))) {
            return Set.of();
        }
        Set<String> owners = words == 1 ? byWord.get(Labels.key(phrase)) : null;
        return owners != null ? owners : nationality(phrase);
    }

    /**
     * The country a nationality adjective names: "Korean" Korea, "Indian" India, "Japanese" Japan, "German" Germany,
     * "South African" South Africa.
     */
    private Set<String> nationality(String phrase) {
        int lastSpace = phrase.lastIndexOf(' ');
        String head = phrase.substring(0, lastSpace + 1);
        String w = phrase.substring(lastSpace + 1);
        if (w.length() < 5 || !Character.isUpperCase(w.charAt(0))) {
            return Set.of();
        }
        for (String stem : stems(w)) {
            String key = Labels.key(head + stem);
            if (byKey.containsKey(key)) {
                return Set.of(byKey.get(key));
            }
            if (head.isEmpty() && byWord.containsKey(key)) {
                return byWord.get(key);
            }
        }
        return Set.of();
    }

    private static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == 's';
    }
}
