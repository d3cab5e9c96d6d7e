package org.commitmenttracker.vocabulary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How words are compared: case, accents, spacing, hyphens and punctuation do not matter, so "UN Security Council",
 * "un-security-council" and "U.N. Security  Council" are one key. Full stops and apostrophes are dropped rather than
 * spaced, so that "U.S." is "us" and "Côte d'Ivoire" is "cote divoire".
 */
public final class Labels {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'’`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Labels() {
    }

    /** The comparison key of a word or code: lower case, without accents or punctuation, single-spaced. */
    public static String key(String term) {
        String plain = MARKS.matcher(Normalizer.normalize(term, Normalizer.Form.NFKD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT).replace("&", " and ");
        return SEPARATORS.matcher(DROPPED.matcher(lower).replaceAll("")).replaceAll(" ").strip();
    }

    /** The form an uncontrolled topic or event type is stored in: its key, words joined by '-'. */
    public static String slug(String term) {
        return key(term).replace(' ', '-');
    }
}
