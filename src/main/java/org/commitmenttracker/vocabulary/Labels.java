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
        if (isAscii(term)) {
            return asciiKey(term);
        }
        String plain = MARKS.matcher(Normalizer.normalize(term, Normalizer.Form.NFKD)).replaceAll("");
        String lower = plain.toLowerCase(Locale.ROOT).replace("&", " and ");
        return SEPARATORS.matcher(DROPPED.matcher(lower).replaceAll("")).replaceAll(" ").strip();
    }

    private static boolean isAscii(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (term.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same key for plain ASCII, in one pass: extraction looks up every phrase of a release, and normalising
     * Unicode and three regular expressions per phrase were most of its time.
     */
    private static String asciiKey(String term) {
        StringBuilder key = new StringBuilder(term.length());
        boolean apart = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '.' || c == '\'' || c == '`') {
                continue;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            if (c == '&') {
                space(key);
                key.append("and");
                apart = true;
            } else if (letter) {
                if (apart) {
                    space(key);
                }
                key.append(Character.toLowerCase(c));
                apart = false;
            } else {
                apart = true;
            }
        }
        return key.toString();
    }

    private static void space(StringBuilder key) {
        if (!key.isEmpty()) {
            key.append(' ');
        }
    }

    /** The form an uncontrolled topic or event type is stored in: its key, words joined by '-'. */
    public static String slug(String term) {
        return key(term).replace(' ', '-');
    }
}
