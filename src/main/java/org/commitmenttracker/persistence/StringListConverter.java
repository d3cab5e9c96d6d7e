package org.commitmenttracker.persistence;

import jakarta.persistence.Converter;

/** Stores an ordered list of ids, names or addresses as a JSON array; an empty list as {@code []}. */
@Converter
public class StringListConverter extends JsonListConverter<String> {

    public StringListConverter() {
        super(String.class, false);
    }
}
