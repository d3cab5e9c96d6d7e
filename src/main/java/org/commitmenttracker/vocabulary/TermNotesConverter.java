package org.commitmenttracker.vocabulary;

import jakarta.persistence.Converter;

import org.commitmenttracker.persistence.JsonListConverter;

/** Stores the words a record was given in, where they differ from its concept ids; null when none did. */
@Converter
public class TermNotesConverter extends JsonListConverter<TermNote> {

    public TermNotesConverter() {
        super(TermNote.class, true);
    }
}
