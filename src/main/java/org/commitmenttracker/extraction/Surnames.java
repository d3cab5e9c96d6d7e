package org.commitmenttracker.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.rules.WordLists;

/**
 * The words of a release that name people although a country's name holds them: "Costa" of "Ana Costa" (not Costa
 * Rica), "Leone" of "Marco Leone". A distinctive word of a country's name written straight after a given name is a
 * surname, there and everywhere else in the release ("Costa said ...").
 */
final class Surnames {

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{L}+)\\s+$");
    private static final int LOOK_BACK = 40;

    private Surnames() {
    }

    /** The surnames among the mentions of a text that are single distinctive words of a country's name. */
    static Set<String> of(String text, List<Mentions.Mention> mentions, WordLists words) {
        Set<String> surnames = new HashSet<>();
        for (Mentions.Mention m : mentions) {
            if (m.distinctiveWord() && afterGivenName(text, m, mentions, words)) {
                surnames.add(text.substring(m.start(), m.end()));
            }
        }
        return surnames;
    }

    /** Whether a capitalised word that is neither a title nor a name of a party comes just before the mention. */
    private static boolean afterGivenName(String text, Mentions.Mention m, List<Mentions.Mention> mentions,
                                          WordLists words) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - LOOK_BACK), m.start()));
        if (!before.find()) {
            return false;
        }
        int at = m.start() - (before.end() - before.start(1));
        return !words.isNotAName(before.group(1)) && mentions.stream().noneMatch(o -> o.start() <= at && at < o.end());
    }
}
