package org.commitmenttracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a whole release says about who is who: the parties it names most (the two of "the two sides"), the party of
 * each person it introduces with a title ("Minister of External Affairs of the Republic of India Subrahmanyam
 * Jaishankar"), and its publisher's party. Ambiguous names ("Korea", "the Korean side") are read as the party the
 * release otherwise names, or as its publisher's.
 */
final class ReleaseContext {

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}]+(?:-\\p{L}+)?");
    private static final Pattern COLLECTIVE = Pattern.compile("(?i)\\b(?:the\\s+two|both)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "\\w+s\\b|\\bthe\\s+(?:ministers|leaders|sides|delegations|officials|parties)\\b|^\\W*(?:they|we)\\b"
            + "|\\bit\\s+(?:was|has\\s+been)\\b");
    private static final Pattern TITLE_OF = Pattern.compile("\\b((?:\\p{Lu}\\p{L}+\\s+){0,3}?(?:Minister|President|"
            + "Secretary|Ambassador|Chancellor|Premier|King|Queen|Emir|Speaker|Chairman|Governor|Envoy))\\s+of\\s+"
            + "(?:the\\s+)?");
    private static final int NAME_REACH = 80;
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "to", "for", "and", "in", "at", "on");

    private final String text;
    private final Mentions parties;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> named;
    private final Set<String> publisher;
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    ReleaseContext(String text, List<TextSpan> sentences, Mentions parties, String publisherName) {
        this.text = text;
        this.parties = parties;
        List<List<Mentions.Mention>> bySentence = sentences.stream()
                .map(s -> parties.find(text, s.start(), s.end())).toList();
        bySentence.forEach(ms -> ms.stream().filter(m -> !m.ambiguous())
                .forEach(m -> counts.merge(m.concepts().iterator().next(), 1, Integer::sum)));
        this.publisher = publisherName == null ? Set.of() : parties.find(publisherName, 0, publisherName.length())
                .stream().filter(m -> !m.ambiguous()).map(m -> m.concepts().iterator().next())
                .collect(java.util.stream.Collectors.toSet());
        bySentence.forEach(ms -> ms.stream().filter(Mentions.Mention::ambiguous).map(this::resolve)
                .filter(java.util.Objects::nonNull).forEach(id -> counts.merge(id, 1, Integer::sum)));
        this.named = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).limit(2).toList();
        for (int i = 0; i < sentences.size(); i++) {
            learnPeople(sentences.get(i), bySentence.get(i));
            learnTitles(sentences.get(i), bySentence.get(i));
        }
    }

    /** The parties of "the two sides": the two the release names most. */
    List<String> releaseParties() {
        return named;
    }

    /** The one party a mention stands for, or null when the release cannot tell. */
    String resolve(Mentions.Mention m) {
        if (!m.ambiguous()) {
            return m.concepts().iterator().next();
        }
        String best = m.concepts().stream().filter(counts::containsKey)
                .max(java.util.Comparator.comparing(counts::get)).orElse(null);
        return best != null ? best : m.concepts().stream().filter(publisher::contains).findFirst().orElse(null);
    }

    /** The parties named in text[from, to), in order, each once. */
    List<String> partiesIn(int from, int to) {
        Set<String> found = new LinkedHashSet<>();
        parties.find(text, from, to).stream().map(this::resolve).filter(java.util.Objects::nonNull)
                .forEach(found::add);
        return List.copyOf(found);
    }

    /**
     * Who the subject text[from, to) names: both parties for "the two sides", "both ministers", "it was agreed";
     * otherwise the first party named (with any joined to it by "and"), or the party of the first person named.
     */
    List<String> subject(int from, int to) {
        String words = text.substring(from, to);
        if (COLLECTIVE.matcher(words).find()) {
            return named;
        }
        List<Mentions.Mention> mentions = parties.find(text, from, to).stream()
                .filter(m -> resolve(m) != null).toList();
        if (!mentions.isEmpty()) {
            Set<String> joined = new LinkedHashSet<>(List.of(resolve(mentions.get(0))));
            for (int i = 1; i < mentions.size() && text.substring(mentions.get(i - 1).end(), mentions.get(i).start())
                    .matches("(?i)\\s*(?:,|and|,\\s*and)\\s*"); i++) {
                joined.add(resolve(mentions.get(i)));
            }
            return List.copyOf(joined);
        }
        Matcher name = NAME.matcher(words);
        while (name.find()) {
            String party = people.get(name.group());
            if (party != null) {
                return List.of(party);
            }
        }
        return titles.entrySet().stream().filter(t -> words.contains(t.getKey()))
                .max(java.util.Comparator.comparingInt(t -> t.getKey().length())).map(t -> List.of(t.getValue()))
                .orElse(List.copyOf(publisher));
    }

    /**
     * Learns which party an office stands for when the release names it so ("the President of the Socialist Republic
     * of Vietnam", "the Prime Minister of India"); an office named for two parties stands for neither.
     */
    private void learnTitles(TextSpan sentence, List<Mentions.Mention> mentions) {
        Matcher title = TITLE_OF.matcher(sentence.text());
        while (title.find()) {
            int after = sentence.start() + title.end();
            mentions.stream().filter(m -> m.start() >= after && m.start() - after <= 40 && resolve(m) != null)
                    .findFirst().ifPresent(m -> {
                        String office = title.group(1).replaceAll("\\s+", " ");
                        String party = resolve(m);
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
    private void learnPeople(TextSpan sentence, List<Mentions.Mention> mentions) {
        List<String> unplaced = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Matcher name = NAME.matcher(sentence.text());
        while (name.find()) {
            int at = sentence.start() + name.start();
            String word = name.group();
            if (Titles.isTitle(word) || mentions.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
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
            if (m.end() <= at && at - m.end() <= NAME_REACH && resolve(m) != null && onlyTitlesBetween(m.end(), at,
                    mentions) && (chosen == null || m.possessive() || !chosen.possessive())) {
                chosen = m;
            }
        }
        return chosen == null ? null : resolve(chosen);
    }

    private boolean onlyTitlesBetween(int from, int to, List<Mentions.Mention> mentions) {
        if (text.substring(from, to).matches("(?s).*[,;:.!?].*")) {
            return false;
        }
        Matcher word = Pattern.compile("[\\p{L}]+").matcher(text).region(from, to);
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
