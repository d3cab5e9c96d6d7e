package org.commitmenttracker.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.extraction.nlp.PartsOfSpeech;

/**
 * What a paragraph looks like: whether it ends like a sentence or a lead-in, whether it is a list item, and, when it
 * has no full stop, whether it still reads as a sentence (enough words, a verb, not in title case) or is a heading,
 * a byline or a menu.
 */
final class BlockShape {

    private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.!?…;][\"'”’)\\]]*$");
    private static final Pattern ENDS_A_LEAD_IN = Pattern.compile(":[\"'”’)]*$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[•·▪◦●○■□➢►❖✓*\\-–—]|\\(?\\d{1,3}[.)]|"
            + "\\(?[a-h][.)]|\\(?[ivx]{1,4}[.)])\\s+");
    private static final Pattern ENDS_ARTICLE = Pattern.compile("(?i)^\\W*(?:reader\\s+)?comments?(?:\\s*\\(\\d+\\))?"
            + "|^\\W*(?:leave|post|add|write)\\s+a\\s+(?:comment|reply)|^\\W*share\\s+(?:this|on)\\b.{0,20}"
            + "|^\\W*(?:related|recommended|more)\\s+(?:articles|stories|news|reading)|^\\W*(?:you\\s+may\\s+also"
            + "\\s+like|read\\s+more|most\\s+(?:read|popular))\\W*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\p{N}+");
    private static final int MIN_WORDS = 4;
    private static final int MIN_WORDS_WITHOUT_STOP = 6;
    private static final int WRAPPED_LINE = 60;

    private final String text;
    private final int words;
    private final int capitalised;

    private BlockShape(String text) {
        this.text = text;
        int count = 0;
        int upper = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            count++;
            upper += Character.isUpperCase(m.group().charAt(0)) || Character.isDigit(m.group().charAt(0)) ? 1 : 0;
        }
        this.words = count;
        this.capitalised = upper;
    }

    static BlockShape of(String paragraph) {
        return new BlockShape(paragraph);
    }

    /** A short line such as "Reader Comments" or "Share this article", after which nothing is the article's. */
    static boolean endsArticle(String line) {
        return ENDS_ARTICLE.matcher(line).find() && new BlockShape(line).words <= 6;
    }

    /** Whether the next line goes on with the sentence of the paragraph so far (a line wrapped mid-sentence). */
    static boolean continuesOnNextLine(String paragraph, String next) {
        if (ENDS_A_SENTENCE.matcher(paragraph).find() || ENDS_A_LEAD_IN.matcher(paragraph).find()
                || LIST_MARKER.matcher(next).find()) {
            return false;
        }
        if (Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        String lastLine = paragraph.substring(paragraph.lastIndexOf('\n') + 1);
        String lastWord = lastLine.substring(lastLine.lastIndexOf(' ') + 1);
        return lastLine.length() >= WRAPPED_LINE && !lastWord.isEmpty() && !Character.isUpperCase(lastWord.charAt(0));
    }

    boolean endsLikeSentence() {
        return ENDS_A_SENTENCE.matcher(text).find();
    }

    boolean endsLeadIn() {
        return ENDS_A_LEAD_IN.matcher(text).find();
    }

    boolean isListItem() {
        return LIST_MARKER.matcher(text).find() || Character.isLowerCase(text.charAt(0));
    }

    /** The paragraph without its bullet or number. */
    TextSpan withoutMarker(String whole, TextSpan paragraph) {
        Matcher m = LIST_MARKER.matcher(text);
        return m.find() ? TextSpan.of(whole, paragraph.start() + m.end(), paragraph.end()) : paragraph;
    }

    /** Why the paragraph is not read as a sentence, or null when it is. */
    String whyNotASentence() {
        if (words < MIN_WORDS) {
            return "too short for a sentence (" + words + (words == 1 ? " word)" : " words)");
        }
        if (text.chars().filter(c -> c == '|').count() >= 2) {
            return "a menu or a list of links";
        }
        if (endsLikeSentence() || endsLeadIn()) {
            return null;
        }
        if (words < MIN_WORDS_WITHOUT_STOP) {
            return "a heading or a label: " + words + " words and no full stop";
        }
        if (capitalised * 10 >= words * 6) {
            return "a heading or a label: most words capitalised and no full stop";
        }
        if (!hasVerb()) {
            return "a heading or a label: no verb and no full stop";
        }
        return null;
    }

    private boolean hasVerb() {
        PartsOfSpeech.Tagged tagged = PartsOfSpeech.tag(text);
        for (String tag : tagged.tags()) {
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return true;
            }
        }
        return false;
    }
}
