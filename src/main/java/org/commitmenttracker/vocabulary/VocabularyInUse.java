package org.commitmenttracker.vocabulary;

/**
 * The vocabulary in use now. The vocabulary is read, validated and versioned with the rules, so the rule engine
 * implements this; the vocabulary owns it so that it never reaches up into the engine.
 */
public interface VocabularyInUse {

    /** The vocabulary in use and the version of the rule files it was read with, taken together. */
    Versioned current();

    default Vocabulary vocabulary() {
        return current().vocabulary();
    }

    record Versioned(String version, Vocabulary vocabulary) {
    }
}
