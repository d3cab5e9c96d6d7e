package org.commitmenttracker.extraction.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Tags words with their part of speech (Universal Dependencies tags: VERB, AUX, NOUN, PROPN, ADJ, ...) using
 * OpenNLP's English model trained on the UD English Web Treebank (Maven Central,
 * org.apache.opennlp:opennlp-models-pos-en). The model is loaded once, a tagger made once per thread.
 */
public final class PartsOfSpeech {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final POSModel POS = Models.load(MODEL, "part-of-speech", POSModel::new);
    /** A tagger keeps state between calls, so each thread has its own; making one per call costs more than tagging. */
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(POS));

    /** Words with their offsets in the tagged text and their tags, in order. */
    public record Tagged(Span[] words, String[] tags) {

        public int size() {
            return tags.length;
        }

        public String word(String text, int i) {
            return words[i].getCoveredText(text).toString();
        }
    }

    private PartsOfSpeech() {
    }

    public static Tagged tag(String text) {
        Span[] words = SimpleTokenizer.INSTANCE.tokenizePos(text);
        String[] tokens = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tokens[i] = words[i].getCoveredText(text).toString();
        }
        return new Tagged(words, TAGGER.get().tag(tokens));
    }
}
