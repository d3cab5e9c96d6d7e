package org.commitmenttracker.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The overdue list as CSV, most overdue first, as the overview shows it. */
final class OverdueCsv {

    private static final CsvMapper CSV = CsvMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private OverdueCsv() {
    }

    static String write(List<Pages.Line> lines) {
        try {
            return CSV.writer(SCHEMA).writeValueAsString(lines.stream().map(Row::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The overdue list could not be written as CSV", e);
        }
    }

    @JsonPropertyOrder({"commitment", "summary", "actors", "kind", "dueBy", "daysOverdue", "explanation", "parties"})
    record Row(String commitment, String summary, String actors, String kind, LocalDate dueBy, long daysOverdue,
               String explanation, String parties) {

        static Row of(Pages.Line line) {
            return new Row(line.id(), line.summary(), line.actors(), line.kind(), line.due(), line.days(),
                    line.explanation(), line.parties());
        }
    }
}
