package org.commitmenttracker.http;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads dates and periods in request bodies strictly: a date only as a "YYYY-MM-DD" string within
 * {@link InputBounds} (never a number taken as an epoch day, never year 0 quietly moved to year 1), a period only as
 * an ISO-8601 string of at least one day and at most the longest period. Anything else is refused with 400 naming the
 * field, before anything is stored.
 */
@Singleton
public class BoundedJsonValues implements ObjectMapperCustomizer {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate ORIGIN = LocalDate.of(2000, 1, 1);

    /** Looked up on first use: the mapper is customised before run-time configuration is available. */
    private final Provider<InputBounds> configured;
    private volatile InputBounds bounds;

    public BoundedJsonValues(Provider<InputBounds> configured) {
        this.configured = configured;
    }

    private InputBounds bounds() {
        InputBounds known = bounds;
        if (known == null) {
            known = configured.get();
            bounds = known;
        }
        return known;
    }

    /** Last, so that these deserializers take precedence over the JavaTimeModule Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("bounded-json-values")
                .addDeserializer(LocalDate.class, new Dates())
                .addDeserializer(Period.class, new Periods()));
    }

    private final class Dates extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = stringOf(parser, LocalDate.class, "must be a date written as a string, YYYY-MM-DD, "
                    + "between " + bounds().earliestDate() + " and " + bounds().latestDate());
            LocalDate date;
            try {
                date = text.length() == 10 ? LocalDate.parse(text, ISO_DATE) : null;
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null || date.isBefore(bounds().earliestDate()) || date.isAfter(bounds().latestDate())) {
                throw refusal(parser, text, LocalDate.class, "must be a date as YYYY-MM-DD between "
                        + bounds().earliestDate() + " and " + bounds().latestDate() + ", got '" + text + "'");
            }
            return date;
        }
    }

    private final class Periods extends JsonDeserializer<Period> {
        @Override
        public Period deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = stringOf(parser, Period.class, "must be an ISO-8601 period written as a string, such as P1Y");
            Period period;
            try {
                period = Period.parse(text);
            } catch (DateTimeParseException e) {
                period = null;
            }
            if (period == null || !withinBounds(period)) {
                throw refusal(parser, text, Period.class, "must be an ISO-8601 period such as P30D, P6M or P1Y, "
                        + "from one day to " + bounds().longestPeriod() + ", got '" + text + "'");
            }
            return period;
        }

        private boolean withinBounds(Period period) {
            if (period.isNegative() || period.isZero() || Math.abs(period.toTotalMonths()) > 120_000
                    || Math.abs((long) period.getDays()) > 10_000_000) {
                return false;
            }
            LocalDate end = ORIGIN.plus(period);
            return end.isAfter(ORIGIN) && !end.isAfter(ORIGIN.plus(bounds().longestPeriod()));
        }
    }

    private static String stringOf(JsonParser parser, Class<?> type, String expected) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw refusal(parser, parser.getText(), type, expected);
        }
        return parser.getText().strip();
    }

    private static InvalidFormatException refusal(JsonParser parser, String value, Class<?> type, String message) {
        return InvalidFormatException.from(parser, message, value, type);
    }
}
