package org.commitmenttracker.extraction;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how often a clause says something is to be done: "annually" or "every year" is yearly, "twice a year"
 * half-yearly, "quarterly" every three months; "on a regular basis" and "alternately in India and Korea beginning
 * from 2005" name no period, and are read as yearly with a note saying so, for staff to correct.
 */
public final class CadenceReader {

    /** A cadence and how it was read. */
    public record Reading(Period cadence, String note) {
    }

    private record Phrase(Pattern words, Period cadence, boolean assumed) {
    }

    private static final List<Phrase> PHRASES = List.of(
            phrase("\\b(?:every|each)\\s+(?:two|2)\\s+years\\b|\\bbiennial(?:ly)?\\b", Period.ofYears(2), false),
            phrase("\\btwice\\s+(?:a|per|each|every)\\s+year\\b|\\bevery\\s+six\\s+months\\b|\\bsemi-?annual(?:ly)?\\b"
                    + "|\\bbiannual(?:ly)?\\b", Period.ofMonths(6), false),
            phrase("\\bquarterly\\b|\\bevery\\s+(?:three|3)\\s+months\\b", Period.ofMonths(3), false),
            phrase("\\bmonthly\\b|\\bevery\\s+month\\b|\\bonce\\s+a\\s+month\\b", Period.ofMonths(1), false),
            phrase("\\bannual(?:ly)?\\b|\\b(?:every|each)\\s+year\\b|\\byearly\\b|\\bonce\\s+a\\s+year\\b",
                    Period.ofYears(1), false),
            phrase("\\bon\\s+a\\s+regular\\s+basis\\b|\\bregularly\\b|\\bperiodic(?:ally)?\\b|\\bregular\\s+"
                    + "(?:meetings|consultations|talks|dialogues?|exchanges)\\b|\\balternately\\b(?:\\s+(?:in|between)\\s+"
                    + "(?-i:[A-Z]\\w*(?:\\s+(?:and\\s+)?[A-Z]\\w*){0,4}))?(?:,?\\s+(?:beginning|starting)\\s+(?:from\\s+|in\\s+)?(?:19|20)\\d\\d)?",
                    Period.ofYears(1), true));

    private CadenceReader() {
    }

    public static Optional<Reading> read(String clause) {
        for (Phrase phrase : PHRASES) {
            Matcher m = phrase.words().matcher(clause);
            if (m.find()) {
                String note = phrase.assumed()
                        ? "The release says \"" + m.group() + "\" without a period; yearly is assumed."
                        : "The release says \"" + m.group() + "\".";
                return Optional.of(new Reading(phrase.cadence(), note));
            }
        }
        return Optional.empty();
    }

    private static Phrase phrase(String regex, Period cadence, boolean assumed) {
        return new Phrase(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), cadence, assumed);
    }
}
