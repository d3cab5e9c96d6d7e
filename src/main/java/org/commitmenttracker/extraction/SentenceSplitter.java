package org.commitmenttracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.extraction.nlp.Models;
import org.commitmenttracker.rules.WordLists;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits paragraphs into sentences with OpenNLP's English sentence detector (the model trained on the Universal
 * Dependencies English Web Treebank), then joins back splits the model makes after abbreviations it does not know
 * ("Dy. Speaker", "Rep. Jeong", "U.S. officials", "No. 5"; the list rule authors keep in
 * rules/extraction/words.yaml), and after list numbers ("1.").
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.0-1.9.3.bin";
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.\\s*$");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(?:\\(?\\d{1,3}[.)]|[ivx]{1,4}[.)]|[°o•\\-–*])\\s*$");
    private static final SentenceModel SENTENCES = Models.load(MODEL, "sentence", SentenceModel::new);

    /** The sentences of each paragraph, with offsets in the whole text. */
    public List<TextSpan> split(String text, List<TextSpan> paragraphs, WordLists words) {
        SentenceDetectorME detector = new SentenceDetectorME(SENTENCES); // not thread-safe: one per call
        List<TextSpan> sentences = new ArrayList<>();
        for (TextSpan paragraph : paragraphs) {
            List<int[]> spans = new ArrayList<>();
            for (Span s : detector.sentPosDetect(paragraph.text())) {
                int start = paragraph.start() + s.getStart();
                int end = paragraph.start() + s.getEnd();
                if (!spans.isEmpty() && joinsPrevious(text, spans.get(spans.size() - 1), words)) {
                    spans.get(spans.size() - 1)[1] = end;
                } else {
                    spans.add(new int[] {start, end});
                }
            }
            spans.forEach(s -> sentences.add(TextSpan.of(text, s[0], s[1])));
        }
        return sentences;
    }

    /** Whether a split after this span was wrong: it ends with a known abbreviation or is only a list number. */
    private static boolean joinsPrevious(String text, int[] previous, WordLists words) {
        String before = text.substring(previous[0], previous[1]);
        if (LIST_NUMBER.matcher(before).matches()) {
            return true;
        }
        Matcher last = LAST_WORD.matcher(before);
        return last.find() && words.isAbbreviation(last.group(1).toLowerCase(Locale.ROOT));
    }
}
