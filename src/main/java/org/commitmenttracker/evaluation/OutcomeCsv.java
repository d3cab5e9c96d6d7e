package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.commitmenttracker.rules.facts.Status;

import org.commitmenttracker.http.SpreadsheetCsv;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Outcomes as CSV with a header row, one outcome per line, lists joined with " | ", for spreadsheets. */
final class OutcomeCsv {

    private OutcomeCsv() {
    }

    static String write(List<OutcomeView> outcomes) {
        return SpreadsheetCsv.write(outcomes.stream().map(Row::of).toList(), Row.class);
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
