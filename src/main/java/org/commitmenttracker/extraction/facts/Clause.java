package org.commitmenttracker.extraction.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.extraction.nlp.PartsOfSpeech;

/**
 * One clause of a release, as the extraction rules see it: its words, where it stands in the release, and what was
 * read from it before the rules run (a deadline, a cadence, a condition). Rules look for cues with
 * {@link #find(String)} and conclude by inserting {@link Cue}, {@link Hedge}, {@link Dismissal}, {@link KindGuess}
 * and {@link Proposal} facts; the clause itself never changes.
 */
public final class Clause {

    private static final String AT_GROUP = "(?<at>";
    /** The colon that ends a lead-in, left out so that "intend to:" reads on into its item: "intend to consult". */
    private static final Pattern LEAD_IN_END = Pattern.compile("\\s*:\\W*$");

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final int index;
    private final String text;
    private final int start;
    private final String sentence;
    private final LocalDate deadline;
    private final String deadlineNote;
    private final Period cadence;
    private final String cadenceNote;
    private final String trigger;
    private final String leadIn;
    private PartsOfSpeech.Tagged tags;
    private IntFunction<String> subjects = at -> "";
    private double learned = -1;
    private double learnedShare;

    public Clause(int index, String text, int start, String sentence, Reading reading) {
        this(index, text, start, sentence, "", reading);
    }

    /** A clause of a list item, read after its lead-in ("The ministers agreed to:" before "• hold talks yearly"). */
    public Clause(int index, String text, int start, String sentence, String leadIn, Reading reading) {
        this.index = index;
        this.text = text;
        this.leadIn = LEAD_IN_END.matcher(leadIn).replaceAll("");
        this.start = start;
        this.sentence = sentence;
        this.deadline = reading.deadline();
        this.deadlineNote = reading.deadlineNote();
        this.cadence = reading.cadence();
        this.cadenceNote = reading.cadenceNote();
        this.trigger = reading.trigger();
    }

    /** What was read from a clause's words before the rules run; any part may be null. */
    public record Reading(LocalDate deadline, String deadlineNote, Period cadence, String cadenceNote,
                          String trigger) {
        public static Reading nothing() {
            return new Reading(null, null, null, null, null);
        }
    }

    /**
     * Where the first match of a regular expression starts in the clause, ignoring case; -1 when there is none. When
     * the expression has a group named {@code at}, where that group starts: {@code "said (?<at>would) \\w+"} finds
     * "would" only after "said". Write {@code \\b} for a word boundary in DRL strings. A list item is searched with
     * its lead-in before it; a match in the lead-in is at 0, the item's start.
     */
    public int find(String regex) {
        String read = leadIn.isEmpty() ? text : leadIn + " " + text;
        Matcher m = PATTERNS.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE)).matcher(read);
        if (!m.find()) {
            return -1;
        }
        int at = regex.contains(AT_GROUP) ? m.start("at") : m.start();
        return leadIn.isEmpty() ? at : Math.max(0, at - leadIn.length() - 1);
    }

    /**
     * What the words before an offset of the clause (as {@link #find} gives it) name as its subject: "PARTY" (a party,
     * a person or an office acting for one), "PEOPLE" (we, they, both sides, the ministers), "MEETING" (a meeting
     * or a body: "the next round"), "THING" (anything else: "the agreement", "this"), or "" when the clause starts
     * at its verb and its subject stands earlier in the sentence.
     */
    public String subjectAt(int offset) {
        return subjects.apply(offset);
    }

    /** Set by extraction before the rules run, once the whole release is known. */
    public void readSubjectsWith(IntFunction<String> reader) {
        this.subjects = reader;
    }

    /**
     * The probability that the clause commits, by the learned score (rules/extraction/learned-score.yaml); -1 when
     * there is no learned score.
     */
    public double getLearned() {
        return learned;
    }

    /** Set by extraction before the rules run, when the rules carry a learned score. */
    public void weighWith(double probability, double share) {
        this.learned = probability;
        this.learnedShare = share;
    }

    /**
     * The confidence that the clause commits, given the cue rules' confidence (strongest cue less hedges): with a
     * learned score, moved up or down by at most its share, as far as the learned probability is from 0.5 (a clause
     * the classifier cannot tell is left as the cues say); without one, the cue rules' alone.
     */
    public double weighed(double cueConfidence) {
        return learned < 0 ? cueConfidence : cueConfidence + learnedShare * (2 * learned - 1);
    }

    /** The clause's words tagged with their parts of speech (tagged once, when first asked). */
    public PartsOfSpeech.Tagged tagged() {
        if (tags == null) {
            tags = PartsOfSpeech.tag(text);
        }
        return tags;
    }

    /**
     * The part of speech of the word at an offset of the clause (as {@link #find} gives it), in Universal Dependencies
     * tags: VERB, AUX, NOUN, PROPN, ADJ, ADV, DET, ADP, PRON, NUM, ...; "" when no word starts there. The clause is
     * tagged when first asked.
     */
    public String tagAt(int offset) {
        PartsOfSpeech.Tagged tags = tagged();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.words()[i].getStart() == offset) {
                return tags.tags()[i];
            }
        }
        return "";
    }

    /** Whether the clause matches the regular expression somewhere, ignoring case. */
    public boolean has(String regex) {
        return find(regex) >= 0;
    }

    /** The clause's position among the release's clauses, from 0. */
    public int getIndex() {
        return index;
    }

    public String getText() {
        return text;
    }

    /** Where the clause starts in the release text (a character offset). */
    public int getStart() {
        return start;
    }

    public int getEnd() {
        return start + text.length();
    }

    /** The lead-in of the list the clause is an item of ("The ministers agreed to:"); empty for other clauses. */
    public String getLeadIn() {
        return leadIn;
    }

    /** The whole sentence the clause belongs to (after its lead-in, for a list item). */
    public String getSentence() {
        return sentence;
    }

    /** The last day to act, when the clause names one ("by March 2022", "in early December 2021"). */
    public LocalDate getDeadline() {
        return deadline;
    }

    public String getDeadlineNote() {
        return deadlineNote;
    }

    /** How often, when the clause says ("annually", "on a regular basis"). */
    public Period getCadence() {
        return cadence;
    }

    public String getCadenceNote() {
        return cadenceNote;
    }

    /** The condition that starts it ("as soon as the situation stabilizes"), in the release's words. */
    public String getTrigger() {
        return trigger;
    }

    @Override
    public String toString() {
        return "clause " + index + " \"" + text.toLowerCase(Locale.ROOT) + "\"";
    }
}
