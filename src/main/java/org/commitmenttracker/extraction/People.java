package org.commitmenttracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.rules.WordLists;

/**
 * The people and offices a release introduces, and the party each acts for: a name belongs to the party named just
 * before it in its title ("Minister of External Affairs of the Republic of India Subrahmanyam Jaishankar"), an
 * office to the party the release names it with ("the President of the Socialist Republic of Vietnam").
 */
final class People {

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}]+(?:-\\p{L}+)?");
    private static final Pattern TITLE_OF = Pattern.compile("\\b((?:\\p{Lu}\\p{L}+\\s+){0,3}?(?:Minister|President|"
            + "Secretary|Ambassador|Chancellor|Premier|King|Queen|Emir|Speaker|Chairman|Governor|Envoy))\\s+of\\s+"
            + "(?:the\\s+)?");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?]");
    private static final int NAME_REACH = 80;
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "to", "for", "and", "in", "at", "on");

    private final String text;
    private final WordLists words;
    private final List<String> named;
    private final Function<Mentions.Mention, String> resolve;
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    People(String text, List<String> named, Function<Mentions.Mention, String> resolve, WordLists words) {
        this.words = words;
        this.text = text;
        this.named = named;
        this.resolve = resolve;
    }

    /** Learns from one sentence and the party mentions in it. */
    void learn(TextSpan sentence, List<Mentions.Mention> mentions) {
        learnNames(sentence, mentions);
        learnTitles(sentence, mentions);
    }

    /** Where the first known person is named in the words, and the party they act for. */
    Optional<Map.Entry<Integer, String>> firstPerson(String words) {
        Matcher name = NAME.matcher(words);
        while (name.find()) {
            String party = people.get(name.group());
            if (party != null) {
                return Optional.of(Map.entry(name.start(), party));
            }
        }
        return Optional.empty();
    }

    /** The parties of every known person named in the words, in order, each once. */
    List<String> partiesOfPeople(String words) {
        Set<String> found = new LinkedHashSet<>();
        Matcher name = NAME.matcher(words);
        while (name.find()) {
            String party = people.get(name.group());
            if (party != null) {
                found.add(party);
            }
        }
        return List.copyOf(found);
    }

    /** The party of the longest known office named in the words ("the Prime Minister"). */
    Optional<String> officeIn(String words) {
        return titles.entrySet().stream().filter(t -> words.contains(t.getKey()))
                .max(java.util.Comparator.comparingInt(t -> t.getKey().length())).map(Map.Entry::getValue);
    }

    /**
     * Learns which party an office stands for when the release names it so ("the President of the Socialist Republic
     * of Vietnam", "the Prime Minister of India"); an office named for two parties stands for neither.
     */
    private void learnTitles(TextSpan sentence, List<Mentions.Mention> mentions) {
        Matcher title = TITLE_OF.matcher(sentence.text());
        while (title.find()) {
            int after = sentence.start() + title.end();
            mentions.stream().filter(m -> m.start() >= after && m.start() - after <= 40 && resolve.apply(m) != null)
                    .findFirst().ifPresent(m -> {
                        String office = title.group(1).replaceAll("\\s+", " ");
                        String party = resolve.apply(m);
                        if (titles.containsKey(office) && !titles.get(office).equals(party)) {
                            titles.put(office, null);
                        } else {
                            titles.putIfAbsent(office, party);
                        }
                    });
        }
        titles.values().removeIf(java.util.Objects::isNull);
    }

    /**
     * Learns the party of the people a sentence introduces: a name belongs to the party named (possessive first)
     * shortly before it; in a release between two parties, a name beside one of a known party belongs to the other.
     */
    private void learnNames(TextSpan sentence, List<Mentions.Mention> mentions) {
        List<String> unplaced = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Matcher name = NAME.matcher(sentence.text());
        while (name.find()) {
            int at = sentence.start() + name.start();
            String word = name.group();
            if (words.isNotAName(word) || mentions.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
                continue;
            }
            String party = partyBefore(at, mentions);
            if (party != null) {
                people.putIfAbsent(word, party);
                placed.add(people.get(word));
            } else if (!people.containsKey(word)) {
                unplaced.add(word);
            }
        }
        if (named.size() == 2 && placed.size() == 1 && !unplaced.isEmpty()) {
            String other = named.get(0).equals(placed.iterator().next()) ? named.get(1) : named.get(0);
            unplaced.forEach(word -> people.putIfAbsent(word, other));
        }
    }

    /**
     * The party of a name: of the mentions shortly before it with nothing but titles, other names, small words and
     * other mentions in between, not even a comma ("Minister of External Affairs of the Republic of India Subrahmanyam Jaishankar", "India's
     * Ambassador to South Korea Gourangalal Das"), a possessive one first, else the closest.
     */
    private String partyBefore(int at, List<Mentions.Mention> mentions) {
        Mentions.Mention chosen = null;
        for (Mentions.Mention m : mentions) {
            if (m.end() <= at && at - m.end() <= NAME_REACH && resolve.apply(m) != null && onlyTitlesBetween(m.end(), at,
                    mentions) && (chosen == null || m.possessive() || !chosen.possessive())) {
                chosen = m;
            }
        }
        return chosen == null ? null : resolve.apply(chosen);
    }

    private boolean onlyTitlesBetween(int from, int to, List<Mentions.Mention> mentions) {
        if (PUNCTUATION.matcher(text).region(from, to).find()) {
            return false;
        }
        Matcher word = LETTERS.matcher(text).region(from, to);
        while (word.find()) {
            int at = word.start();
            String w = word.group();
            boolean inMention = mentions.stream().anyMatch(m -> m.start() <= at && at < m.end());
            boolean name = Character.isUpperCase(w.charAt(0));
            if (!inMention && !name && !SMALL_WORDS.contains(w) && !(from < at && w.equals("s"))) {
                return false;
            }
        }
        return true;
    }
}
