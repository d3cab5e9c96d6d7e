package org.commitmenttracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release's paragraphs that can hold a commitment, with their offsets. Lines wrapped inside a sentence are
 * joined; page furniture is left out: lines that do not end like a sentence (menus, headings, bylines, bullet
 * labels), very short lines, and everything after a marker that ends an article (reader comments, share buttons,
 * related stories).
 */
public final class Blocks {

    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[.!?…][\"'”’)\\]]*$");
    private static final Pattern ENDS_ARTICLE = Pattern.compile("(?i)^\\W*(?:reader\\s+)?comments?(?:\\s*\\(\\d+\\))?"
            + "|^\\W*(?:leave|post|add|write)\\s+a\\s+(?:comment|reply)|^\\W*share\\s+(?:this|on)\\b.{0,20}"
            + "|^\\W*(?:related|recommended|more)\\s+(?:articles|stories|news|reading)|^\\W*(?:you\\s+may\\s+also"
            + "\\s+like|read\\s+more|most\\s+(?:read|popular))\\W*$");
    private static final Pattern SPACE = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_WORDS = 4;

    private Blocks() {
    }

    /** The paragraphs of the text that may hold commitments, in order. */
    public static List<TextSpan> of(String text) {
        List<TextSpan> blocks = new ArrayList<>();
        int start = -1;
        int end = -1;
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String content = SPACE.matcher(line.group()).replaceAll("");
            if (content.isEmpty()) {
                continue;
            }
            if (ENDS_ARTICLE.matcher(content).find() && words(content) <= 6) {
                break;
            }
            int lineStart = line.start() + line.group().indexOf(content);
            int lineEnd = lineStart + content.length();
            boolean continues = start >= 0 && !ENDS_A_SENTENCE.matcher(text.substring(start, end)).find()
                    && Character.isLowerCase(content.charAt(0));
            if (continues) {
                end = lineEnd;
            } else {
                add(blocks, text, start, end);
                start = lineStart;
                end = lineEnd;
            }
        }
        add(blocks, text, start, end);
        return blocks;
    }

    private static void add(List<TextSpan> blocks, String text, int start, int end) {
        if (start < 0) {
            return;
        }
        String content = text.substring(start, end);
        if (ENDS_A_SENTENCE.matcher(content).find() && words(content) >= MIN_WORDS) {
            blocks.add(TextSpan.of(text, start, end));
        }
    }

    private static int words(String text) {
        int count = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            count++;
        }
        return count;
    }
}
