package org.commitmenttracker.web;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.http.SpreadsheetCsv;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The overdue list as CSV, most overdue first, as the overview shows it. */
final class OverdueCsv {

    private OverdueCsv() {
    }

    static String write(List<Pages.Line> lines) {
        return SpreadsheetCsv.write(lines.stream().map(Row::of).toList(), Row.class);
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
