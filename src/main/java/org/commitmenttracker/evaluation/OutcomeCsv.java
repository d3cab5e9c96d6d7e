package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.commitmenttracker.rules.facts.Status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Outcomes as CSV with a header row, one outcome per line, lists joined with " | ", for spreadsheets. */
final class OutcomeCsv {

    private static final CsvMapper CSV = CsvMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private OutcomeCsv() {
    }

    static String write(List<OutcomeView> outcomes) {
        try {
            return CSV.writer(SCHEMA).writeValueAsString(outcomes.stream().map(Row::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outcomes could not be written as CSV", e);
        }
    }

    @JsonPropertyOrder({"runId", "asOf", "commitmentId", "status", "previousStatus", "rule", "explanation",
            "evidenceIds", "nextDue", "occurrences", "rulesVersion", "firedRules", "resolution", "parties"})
    record Row(Long runId, LocalDate asOf, String commitmentId, Status status, Status previousStatus, String rule,
               String explanation, String evidenceIds, LocalDate nextDue, Integer occurrences, String rulesVersion,
               String firedRules, String resolution, String parties) {

        static Row of(OutcomeView o) {
            return new Row(o.runId(), o.asOf(), o.commitmentId(), o.status(), o.previousStatus(), o.rule(),
                    o.explanation(), String.join(" | ", o.evidenceIds()), o.nextDue(), o.occurrences(),
                    o.rulesVersion(), String.join(" | ", o.firedRules()), o.resolution(),
                    o.parties().stream().map(p -> p.party() + " " + p.status()).collect(Collectors.joining(" | ")));
        }
    }
}
