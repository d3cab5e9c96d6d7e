package org.commitmenttracker.extraction;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.commitmenttracker.extraction.facts.Clause;
import org.commitmenttracker.extraction.nlp.PartsOfSpeech;

/**
 * What the learned score reads of a clause: {@code bias}, its words with its lead-in's ({@code w:agreed}, digits as
 * {@code #}), the parts of speech it holds ({@code t:AUX}) and the pairs of them ({@code tt:AUX_VERB}), and the kind
 * of its subject ({@code s:PARTY}; {@code s:} when it starts at its verb). Word pairs were tried and left out: on the
 * dev split's cross-validation they only added weights (2,731 against 957) for the same figures. The same features
 * are read when training and when reading a release.
 */
public final class ClauseFeatures {

    private ClauseFeatures() {
    }

    public static Set<String> of(Clause clause) {
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        for (String word : words(clause)) {
            features.add("w:" + word);
        }
        PartsOfSpeech.Tagged tagged = clause.tagged();
        for (int i = 0; i < tagged.size(); i++) {
            features.add("t:" + tagged.tags()[i]);
            if (i > 0) {
                features.add("tt:" + tagged.tags()[i - 1] + "_" + tagged.tags()[i]);
            }
        }
        features.add("s:" + clause.subjectAt(0));
        return features;
    }

    private static String[] words(Clause clause) {
        String read = clause.getLeadIn().isEmpty() ? clause.getText() : clause.getLeadIn() + " " + clause.getText();
        String normal = read.toLowerCase(Locale.ROOT).replaceAll("\\d", "#").replaceAll("[^\\p{L}#'’]+", " ").strip();
        return normal.isEmpty() ? new String[0] : normal.split(" ");
    }
}
