package org.commitmenttracker.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commitmenttracker.extraction.nlp.Models;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which language a text is in, with OpenNLP's language detector (the 103-language model from Maven Central,
 * org.apache.opennlp:opennlp-models-langdetect), so that a release extraction cannot read is refused rather than
 * read wrongly. Loaded on first use (about 0.6 s).
 */
final class Languages {

    private static final String MODEL = "/langdetect-183.bin";
    private static final String ENGLISH = "eng";
    /** How much likelier than English another language must be before a text is taken for it. */
    private static final double MARGIN = 1.5;
    /** Fewer words than this say too little about their language. */
    private static final int MIN_WORDS = 12;

    /** English names by ISO 639-3 code (the detector's codes), from the JDK's own tables. */
    private static final Map<String, String> NAMES = Stream.of(Locale.getISOLanguages()).map(Locale::new)
            .collect(Collectors.toMap(l -> {
                try {
                    return l.getISO3Language();
                } catch (MissingResourceException e) {
                    return l.getLanguage();
                }
            }, l -> l.getDisplayLanguage(Locale.ENGLISH), (a, b) -> a));

    private Languages() {
    }

    /** The language the text is in, when it is clearly not English: its ISO 639-3 code and English name. */
    static Optional<String> notEnglish(String text) {
        if (text.split("\\s+").length < MIN_WORDS) {
            return Optional.empty();
        }
        Language[] guesses = new LanguageDetectorME(Holder.MODEL).predictLanguages(text);
        Language best = guesses[0];
        if (best.getLang().equals(ENGLISH)) {
            return Optional.empty();
        }
        double english = 0;
        for (Language l : guesses) {
            if (l.getLang().equals(ENGLISH)) {
                english = l.getConfidence();
            }
        }
        if (best.getConfidence() < english * MARGIN) {
            return Optional.empty();
        }
        String name = NAMES.get(best.getLang());
        return Optional.of((name == null ? "" : name + ", ") + best.getLang());
    }

    /** The model, loaded when first needed. */
    private static final class Holder {
        static final LanguageDetectorModel MODEL = Models.load(Languages.MODEL, "language",
                LanguageDetectorModel::new);
    }
}
