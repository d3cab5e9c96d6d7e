package org.commitmenttracker.extraction;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.rules.WordLists;

/**
 * What a whole release says about who is who: the parties it names most (the two of "the two sides"), its people
 * and offices ({@link People}), and its publisher's party. Ambiguous names ("Korea", "the Korean side") are read as
 * the party the release otherwise names, or as its publisher's.
 */
final class ReleaseContext {

    private static final Pattern COLLECTIVE = Pattern.compile("(?i)\\b(?:the\\s+two|both)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "\\w+s\\b|\\bthe\\s+(?:\\w+\\s+)?(?:ministers|leaders|presidents|secretaries|sides|delegations|officials|"
            + "parties|governments)\\b|^\\W*(?:they|we)\\b|^\\W*(?:\\w+\\s+)?(?:ministers|leaders|presidents|delegations|"
            + "officials)\\b"
            + "|\\bit\\s+(?:was|has\\s+been)\\b");
    /** A subject that is a meeting or a body of both sides: "the first meeting will take place", "the next round". */
    private static final Pattern IMPERSONAL = Pattern.compile("(?i)\\b(?:meeting|dialogue|talks|round|session|summit|"
            + "consultations?|committee|commission|council|group|forum|mechanism|exercise|visit)s?\\b");
    /** "I", "my", "me": the speaker. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|my|me|My)\\b");
    /**
     * "I" right before the verb ("..., I will convey", "I also agreed") or opening the clause ("I am meeting ..., and
     * will convey"): the speaker acts, whoever else is named.
     */
    private static final Pattern I_BEFORE_VERB = Pattern.compile("\\bI\\s+(?:[a-z]+\\s+)?$|^\\W*(?:I|My\\s+\\w+\\s+and\\s+I)\\b");
    /** A speaker's label at a line's start: "PRESIDENT XI:", "Prime Minister of India:", "Q:". */
    private static final Pattern SPEAKER = Pattern.compile("(?m)^[\\s\\p{Z}]*((?:(?:PRIME\\s+)?[A-Z][A-Z.'’-]*"
            + "(?:\\s+[A-Z][A-Z.'’-]*){0,3})|(?:(?:[A-Z][a-z.]*\\s+){0,4}(?:President|Minister|Secretary|Chancellor|"
            + "Premier|King|Queen|Ambassador|Spokesperson)(?:\\s+(?:of\\s+(?:the\\s+)?)?[A-Z][\\w.'’-]*){0,4})|Q)"
            + "\\s*(?:\\([^)]{0,40}\\))?\\s*:(?=\\s)");
    /** A body known by its initials ("the NCG will convene", "JWG"): a mechanism of the parties. */
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,6}s?\\b");
    /** Pronouns and plural actors: "we", "they", "he", "both", "the ministers". */
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:we|they|he|she|both|i)\\b");
    /** Who acts for a party without naming it: "the ministry", "the government", "the Korean side", "officials". */
    private static final Pattern ACTING = Pattern.compile("(?i)\\b(?:ministry|ministries|government|governments|embassy|"
            + "side|sides|delegation|delegations|country|countries|nation|nations|agency|department|office|authorities|"
            + "officials?|leaders?|ministers?|presidents?|secretary|chancellor|king|queen|premier|prime\\s+minister)\\b");
    private static final Pattern CAPITALS = Pattern.compile("\\b(\\p{Lu})(\\p{Lu}+)\\b");
    private static final Pattern JOINED = Pattern.compile("\\s+(?:and|&)\\s+");
    private final String text;
    private final Mentions parties;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<String> named;
    private final Set<String> publisher;
    private final People people;
    private final Set<String> surnames;
    /** The speakers' labels by where they end: the label in force at an offset is the last one before it. */
    private final java.util.TreeMap<Integer, String> speakers = new java.util.TreeMap<>();

    ReleaseContext(String text, List<TextSpan> sentences, Mentions parties, String publisherName, WordLists words) {
        this.text = text;
        this.parties = parties;
        Matcher label = SPEAKER.matcher(text);
        while (label.find()) {
            speakers.put(label.end(), label.group(1));
        }
        List<List<Mentions.Mention>> found = sentences.stream().map(s -> parties.find(text, s.start(), s.end()))
                .toList();
        this.surnames = Surnames.of(text, found.stream().flatMap(List::stream).toList(), words);
        List<List<Mentions.Mention>> bySentence = found.stream().map(this::withoutSurnames).toList();
        bySentence.forEach(ms -> ms.stream().filter(m -> !m.ambiguous())
                .forEach(m -> counts.merge(m.concepts().iterator().next(), 1, Integer::sum)));
        this.publisher = publisherName == null ? Set.of() : parties.find(publisherName, 0, publisherName.length())
                .stream().filter(m -> !m.ambiguous()).map(m -> m.concepts().iterator().next())
                .collect(java.util.stream.Collectors.toSet());
        bySentence.forEach(ms -> ms.stream().filter(Mentions.Mention::ambiguous).map(this::resolve)
                .filter(java.util.Objects::nonNull).forEach(id -> counts.merge(id, 1, Integer::sum)));
        this.named = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).limit(2).toList();
        this.people = new People(text, named, this::resolve, words);
        for (int i = 0; i < sentences.size(); i++) {
            people.learn(sentences.get(i), bySentence.get(i));
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
        find(from, to).stream().map(this::resolve).filter(java.util.Objects::nonNull)
                .forEach(found::add);
        return List.copyOf(found);
    }

    /**
     * Who the subject text[from, to) names: both parties for "the two sides", "both ministers", "it was agreed";
     * otherwise the first named of a party (with any joined to it by "and") and a known person ("Undersecretary Santos
     * ... requested": the Philippines, though Korea is named after her), or the party of an office named.
     */
    List<String> subject(int from, int to) {
        String words = text.substring(from, to);
        if (COLLECTIVE.matcher(words).find()) {
            return named;
        }
        List<Mentions.Mention> mentions = find(from, to).stream().filter(m -> resolve(m) != null).toList();
        List<String> joint = joint(from, to, mentions);
        if (joint.size() > 1) {
            return joint;
        }
        if (I_BEFORE_VERB.matcher(words).find() || FIRST_PERSON.matcher(words).find() && mentions.isEmpty()) {
            return speakerAt(from);
        }
        Optional<Map.Entry<Integer, String>> person = people.firstPerson(words);
        if (person.isPresent() && (mentions.isEmpty() || from + person.get().getKey() < mentions.get(0).start())) {
            return List.of(person.get().getValue());
        }
        if (!mentions.isEmpty()) {
            Set<String> joined = new LinkedHashSet<>(List.of(resolve(mentions.get(0))));
            for (int i = 1; i < mentions.size() && text.substring(mentions.get(i - 1).end(), mentions.get(i).start())
                    .matches("(?i)\\s*(?:,|and|,\\s*and)\\s*"); i++) {
                joined.add(resolve(mentions.get(i)));
            }
            return List.copyOf(joined);
        }
        Optional<String> office = people.officeIn(words);
        if (office.isPresent()) {
            return List.of(office.get());
        }
        return IMPERSONAL.matcher(words).find() ? named : List.copyOf(publisher);
    }

    /**
     * The parties of a joint subject, people or parties on both sides of an "and" ("Putin and Obama", "President Xi
     * and his US counterpart"); empty or one party when the subject is not joint.
     */
    private List<String> joint(int from, int to, List<Mentions.Mention> mentions) {
        Matcher and = JOINED.matcher(text).region(from, to);
        if (!and.find()) {
            return List.of();
        }
        Set<String> before = new LinkedHashSet<>(people.partiesOfPeople(text.substring(from, and.start())));
        Set<String> after = new LinkedHashSet<>(people.partiesOfPeople(text.substring(and.end(), to)));
        if (FIRST_PERSON.matcher(text.substring(and.end(), to)).lookingAt()) {
            after.addAll(speakerAt(from));
        }
        mentions.forEach(m -> (m.start() < and.start() ? before : after).add(resolve(m)));
        if (before.isEmpty() || after.isEmpty()) {
            return List.of();
        }
        before.addAll(after);
        return List.copyOf(before);
    }

    /**
     * Whose "I" it is at an offset: the party of the last speaker's label before it ("Prime Minister of India:",
     * "PRESIDENT XI:"), by the parties or people the label names; the publisher's party when no label says, or
     * none after a journalist's question ("Q:").
     */
    private List<String> speakerAt(int offset) {
        Map.Entry<Integer, String> label = speakers.floorEntry(offset);
        if (label == null) {
            return List.copyOf(publisher);
        }
        String last = label.getValue();
        if (last.matches("(?i)q|question")) {
            return List.of();
        }
        List<String> named = parties.find(last, 0, last.length()).stream().map(this::resolve)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!named.isEmpty()) {
            return named;
        }
        List<String> person = people.partiesOfPeople(titleCase(last));
        return person.isEmpty() ? List.copyOf(publisher) : person;
    }

    /** "PRESIDENT XI" as "President Xi", so that names read in capitals match the names the release uses. */
    private static String titleCase(String label) {
        return CAPITALS.matcher(label)
                .replaceAll(m -> m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT));
    }

    /** What kind of subject text[from, to) is, for the rules: see {@code Clause.subjectAt}. */
    String subjectKind(int from, int to) {
        String words = text.substring(from, Math.max(from, to));
        if (words.isBlank()) {
            return "";
        }
        if (COLLECTIVE.matcher(words).find() || PEOPLE.matcher(words).find()) {
            return "PEOPLE";
        }
        if (!find(from, to).isEmpty() || people.firstPerson(words).isPresent() || people.officeIn(words).isPresent()
                || ACTING.matcher(words).find()) {
            return "PARTY";
        }
        return IMPERSONAL.matcher(words).find() || ACRONYM.matcher(words).find() ? "MEETING" : "THING";
    }

    /** The party mentions in text[from, to), less the words the release uses as people's surnames. */
    private List<Mentions.Mention> find(int from, int to) {
        return withoutSurnames(parties.find(text, from, to));
    }

    private List<Mentions.Mention> withoutSurnames(List<Mentions.Mention> mentions) {
        return mentions.stream()
                .filter(m -> !m.distinctiveWord() || !surnames.contains(text.substring(m.start(), m.end()))).toList();
    }
}
