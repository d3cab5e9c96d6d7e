package org.commitmenttracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence where one statement ends and the next begins, so that "X offered to expedite cooperation, and
 * asked for support" gives two clauses: at semicolons, and at "and", "while" or "but" when a reporting or committing
 * verb in the past tense, or "will", "is", "are", follows (perhaps after "also" or an adverb). A semicolon before an "-ing" word goes on
 * enumerating ("including strengthening ...; supporting ...; and promoting ...") and does not split.
 */
public final class ClauseSplitter {

    private static final String VERBS = "agreed|asked|offered|expressed|voiced|decided|requested|proposed|suggested|"
            + "urged|invited|called|pledged|committed|welcomed|noted|stressed|emphasi[sz]ed|reaffirmed|reiterated|"
            + "said|added|hoped|recogni[sz]ed|discussed|reviewed|shared|exchanged|explored|highlighted|underscored|"
            + "stated|announced|vowed|promised|explained|informed|thanked|appreciated|acknowledged|praised|"
            + "affirmed|confirmed|undertook|resolved|sought|accepted|declined|reported|pointed|went|will|shall|is|are";
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s+(?!(?:and\\s+|or\\s+)?\\w+ing\\b)"
            + "|,?\\s+(?:and|while|but|whereas)\\s+"
            + "(?=(?:also\\s+|further\\s+|\\w+ly\\s+)?(?:" + VERBS + ")\\b)");

    private ClauseSplitter() {
    }

    /** The clauses of the sentence, in order; the sentence itself when it has one. */
    public static List<TextSpan> split(String text, TextSpan sentence) {
        List<TextSpan> clauses = new ArrayList<>();
        int from = sentence.start();
        Matcher m = BOUNDARY.matcher(sentence.text());
        while (m.find()) {
            int at = sentence.start() + m.start();
            add(clauses, text, from, at);
            from = sentence.start() + m.end();
        }
        add(clauses, text, from, sentence.end());
        return clauses;
    }

    private static void add(List<TextSpan> clauses, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            clauses.add(TextSpan.of(text, start, end));
        }
    }
}
