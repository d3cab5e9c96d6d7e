package org.commitmenttracker.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A term whose stored form differs from the words given: kept for provenance. */
@Schema(description = "A term given in other words than the stored concept id: the field, the words, the concept")
public record TermNote(String field, String given, String concept) {
}
