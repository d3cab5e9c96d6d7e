package org.commitmenttracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release's paragraphs, each either read or set aside with its reason, so that nothing is dropped unseen. Lines
 * wrapped inside a sentence are joined; a one-line news item is split into headline, dateline and body; a lead-in
 * ending ":" is joined with the bulleted or numbered items after it (each item is read as a clause of the lead-in).
 * Headings, bylines and menus are told from sentences by their features ({@link BlockShape}), not by their last
 * character, so a text cut mid-sentence keeps its last paragraph (marked unfinished). Everything after a marker that
 * ends an article (reader comments, share buttons, related stories) is set aside.
 */
public final class Blocks {

    /** A paragraph to read; an item of a list carries its lead-in, and a lead-in knows it has items. */
    public record Block(TextSpan span, TextSpan leadIn, boolean unfinished, boolean leadsList) {

        Block leadingList() {
            return new Block(span, leadIn, unfinished, true);
        }
    }

    /** A stretch of the text that was not read, and why. */
    public record SetAside(TextSpan span, String reason) {
    }

    /** What was read and what was set aside, in text order. */
    public record Reading(List<Block> kept, List<SetAside> setAside) {

        public List<TextSpan> spans() {
            return kept.stream().map(Block::span).toList();
        }
    }

    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern LAST_SENTENCE_OF_LEAD_IN = Pattern.compile("(?:^|[.!?][\"'”’)]*\\s+)([^.!?]*:)$");

    private Blocks() {
    }

    /** The paragraphs of the text that may hold commitments, in order. */
    public static List<TextSpan> of(String text) {
        return read(text).spans();
    }

    public static Reading read(String text) {
        List<Block> kept = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        List<TextSpan> paragraphs = paragraphs(text, setAside);
        TextSpan leadIn = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            TextSpan paragraph = paragraphs.get(i);
            BlockShape shape = BlockShape.of(paragraph.text());
            boolean unfinished = !shape.endsLikeSentence() && !shape.endsLeadIn();
            if (leadIn != null && shape.isListItem()) {
                Block previous = kept.get(kept.size() - 1);
                if (previous.leadIn() == null) {
                    kept.set(kept.size() - 1, previous.leadingList());
                }
                kept.add(new Block(shape.withoutMarker(text, paragraph), leadIn, false, false));
                continue;
            }
            leadIn = null;
            String reason = shape.whyNotASentence();
            if (reason != null) {
                setAside.add(new SetAside(paragraph, reason));
                continue;
            }
            if (unfinished && kept.isEmpty() && i < paragraphs.size() - 1) {
                setAside.add(new SetAside(paragraph, "a headline: the text's first line, without a full stop"));
                continue;
            }
            kept.add(new Block(paragraph, null, unfinished, false));
            if (shape.endsLeadIn()) {
                leadIn = lastSentence(text, paragraph);
            }
        }
        setAside.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new Reading(kept, setAside);
    }

    /** Lines joined into paragraphs, one-line items split at their dateline, the article's end cut off. */
    private static List<TextSpan> paragraphs(String text, List<SetAside> setAside) {
        List<TextSpan> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            String content = line.group().strip();
            if (content.isEmpty()) {
                continue;
            }
            int lineStart = line.start() + line.group().indexOf(content);
            int lineEnd = lineStart + content.length();
            if (BlockShape.endsArticle(content)) {
                add(paragraphs, text, start, end, setAside);
                setAside.add(new SetAside(TextSpan.of(text, lineStart, text.stripTrailing().length()),
                        "after \"" + content + "\", the end of the article"));
                return paragraphs;
            }
            boolean continues = start >= 0 && BlockShape.continuesOnNextLine(text.substring(start, end), content);
            if (continues) {
                end = lineEnd;
            } else {
                add(paragraphs, text, start, end, setAside);
                start = lineStart;
                end = lineEnd;
            }
        }
        add(paragraphs, text, start, end, setAside);
        return paragraphs;
    }

    /** Adds a paragraph; one that holds a dateline after its start is a headline, the dateline, then the body. */
    private static void add(List<TextSpan> paragraphs, String text, int start, int end, List<SetAside> setAside) {
        if (start < 0) {
            return;
        }
        Matcher dateline = Datelines.find(text.substring(start, end));
        if (dateline == null) {
            paragraphs.add(TextSpan.of(text, start, end));
            return;
        }
        TextSpan headline = trimmed(text, start, start + dateline.start());
        if (!headline.text().isEmpty()) {
            setAside.add(new SetAside(headline, "a headline, before the dateline"));
        }
        setAside.add(new SetAside(trimmed(text, start + dateline.start(), start + dateline.end()), "a dateline"));
        addIfAny(paragraphs, trimmed(text, start + dateline.end(), end));
    }

    private static void addIfAny(List<TextSpan> paragraphs, TextSpan span) {
        if (!span.text().isEmpty()) {
            paragraphs.add(span);
        }
    }

    private static TextSpan lastSentence(String text, TextSpan paragraph) {
        Matcher m = LAST_SENTENCE_OF_LEAD_IN.matcher(paragraph.text());
        return m.find() ? TextSpan.of(text, paragraph.start() + m.start(1), paragraph.end()) : paragraph;
    }

    private static TextSpan trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return TextSpan.of(text, start, end);
    }
}
