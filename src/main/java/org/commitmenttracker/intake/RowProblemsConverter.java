package org.commitmenttracker.intake;

import jakarta.persistence.Converter;

import org.commitmenttracker.persistence.JsonListConverter;

/** Stores an import's bad rows as a JSON array; null when there were none. */
@Converter
public class RowProblemsConverter extends JsonListConverter<RowProblem> {

    public RowProblemsConverter() {
        super(RowProblem.class, true);
    }
}
