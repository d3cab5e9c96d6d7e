package org.commitmenttracker.vocabulary;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores the words a record was given in, where they differ from its concept ids, as a small JSON array. */
@Converter
public class TermNotesConverter implements AttributeConverter<List<TermNote>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<TermNote>> NOTES = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<TermNote> notes) {
        try {
            return notes == null || notes.isEmpty() ? null : JSON.writeValueAsString(notes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Term notes could not be written as JSON", e);
        }
    }

    @Override
    public List<TermNote> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, NOTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored term notes are not valid JSON: " + json, e);
        }
    }
}
