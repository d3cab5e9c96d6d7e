package org.commitmenttracker.extraction;

/** A stretch of the release text, by character offsets: {@code text} is the release text from start to end. */
public record TextSpan(int start, int end, String text) {

    static TextSpan of(String source, int start, int end) {
        return new TextSpan(start, end, source.substring(start, end));
    }
}
