package org.commitmenttracker.commitment;

import java.time.Period;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an ISO-8601 period ("P1Y", "P6M") as text, the same on H2 and PostgreSQL. */
@Converter(autoApply = true)
public class PeriodConverter implements AttributeConverter<Period, String> {

    @Override
    public String convertToDatabaseColumn(Period period) {
        return period == null ? null : period.toString();
    }

    @Override
    public Period convertToEntityAttribute(String text) {
        return text == null ? null : Period.parse(text);
    }
}
