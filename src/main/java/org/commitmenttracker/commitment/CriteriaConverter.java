package org.commitmenttracker.commitment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores criteria as a small JSON text: they are read whole and never queried by part. */
@Converter
public class CriteriaConverter implements AttributeConverter<Criteria, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(Criteria criteria) {
        try {
            return criteria == null ? null : JSON.writeValueAsString(criteria);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Criteria could not be written as JSON", e);
        }
    }

    @Override
    public Criteria convertToEntityAttribute(String json) {
        try {
            return json == null ? null : JSON.readValue(json, Criteria.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored criteria are not valid JSON: " + json, e);
        }
    }
}
