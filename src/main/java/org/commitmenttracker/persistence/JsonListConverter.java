package org.commitmenttracker.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores a list as one JSON array column: for lists read whole with their row and never queried by element. An empty
 * list is stored as {@code []}, or as null where the column is optional.
 */
public abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JavaType type;
    private final boolean emptyAsNull;

    protected JsonListConverter(Class<T> element, boolean emptyAsNull) {
        this.type = JSON.getTypeFactory().constructCollectionType(List.class, element);
        this.emptyAsNull = emptyAsNull;
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        if (values == null || values.isEmpty()) {
            return emptyAsNull ? null : "[]";
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("List could not be written as JSON", e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored list is not valid JSON: " + json, e);
        }
    }
}
