package org.commitmenttracker.intake;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores an import's bad rows as a JSON array. */
@Converter
public class RowProblemsConverter implements AttributeConverter<List<RowProblem>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<RowProblem> problems) {
        try {
            return problems == null || problems.isEmpty() ? null : JSON.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Row problems could not be written as JSON", e);
        }
    }

    @Override
    public List<RowProblem> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, PROBLEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored row problems are not valid JSON: " + json, e);
        }
    }
}
