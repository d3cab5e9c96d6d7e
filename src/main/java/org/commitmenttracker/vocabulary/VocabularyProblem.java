package org.commitmenttracker.vocabulary;

/** A fault in a vocabulary file; line and column are 1-based, 0 when unknown. */
public record VocabularyProblem(String file, int line, int column, String message) {
}
