package org.commitmenttracker.vocabulary;

import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.rules.RuleBaseLoader;
import org.commitmenttracker.rules.RuleFile;

/** The vocabulary shipped in rules/vocabulary/, loaded once for the tests that read it. */
final class ShippedVocabulary {

    private static Vocabulary loaded;

    private ShippedVocabulary() {
    }

    static synchronized Vocabulary get() {
        if (loaded == null) {
            loaded = VocabularyLoader.load(files());
        }
        return loaded;
    }

    static List<VocabularyLoader.Source> files() {
        return RuleBaseLoader.read(Path.of("rules")).stream().filter(RuleFile::isVocabulary)
                .map(f -> new VocabularyLoader.Source(f.path(), f.content())).toList();
    }

    static String conceptOf(String scheme, String term) {
        Resolution r = get().resolve(scheme, term);
        return r.resolved() ? r.concept().id() : null;
    }
}
