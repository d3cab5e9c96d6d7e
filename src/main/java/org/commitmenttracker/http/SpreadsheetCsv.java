package org.commitmenttracker.http;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * CSV for spreadsheets, with a header row, safe to open: a text cell starting with {@code = + - @}, a tab or a
 * carriage return is written with a leading apostrophe, so that Excel or LibreOffice shows it as text instead of
 * running it as a formula (OWASP's advice on CSV injection). Numbers and dates are written as they are.
 */
public final class SpreadsheetCsv {

    private static final CsvMapper CSV = CsvMapper.builder().addModule(new JavaTimeModule())
            .addModule(new SimpleModule("formula-safe-text").addSerializer(String.class, new FormulaSafeText()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private SpreadsheetCsv() {
    }

    /** The rows, one per line, columns in the order {@code rowType} declares with @JsonPropertyOrder. */
    public static <T> String write(List<T> rows, Class<T> rowType) {
        try {
            return CSV.writer(CSV.schemaFor(rowType).withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rows of " + rowType.getSimpleName() + " could not be written as CSV", e);
        }
    }

    /** The text as a spreadsheet should show it: with a leading apostrophe when it would start a formula. */
    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    private static final class FormulaSafeText extends StdSerializer<String> {

        FormulaSafeText() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(neutralised(value));
        }
    }
}
