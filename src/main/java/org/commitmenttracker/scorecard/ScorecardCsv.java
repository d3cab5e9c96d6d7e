package org.commitmenttracker.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.http.SpreadsheetCsv;
import org.commitmenttracker.rules.facts.Status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A scorecard as CSV for spreadsheets: one row per group, a column per status (formula-safe, as every export); a
 * trend: one row per period and group.
 */
final class ScorecardCsv {

    @JsonPropertyOrder({"group", "commitments", "scored", "score", "fulfilled", "onTrack", "inProgress", "pending",
            "dueSoon", "overdue", "stalled", "dormant", "undecided"})
    record Row(String group, long commitments, long scored, Double score, long fulfilled, long onTrack,
               long inProgress, long pending, long dueSoon, long overdue, long stalled, long dormant, long undecided) {

        static Row of(ScorecardView.Item item) {
            var c = item.counts();
            return new Row(item.group(), item.commitments(), item.scored(), item.score(), c.get(Status.FULFILLED),
                    c.get(Status.ON_TRACK), c.get(Status.IN_PROGRESS), c.get(Status.PENDING), c.get(Status.DUE_SOON),
                    c.get(Status.OVERDUE), c.get(Status.STALLED), c.get(Status.DORMANT), c.get(Status.UNDECIDED));
        }
    }

    /** A trend's line: one group in one period, after the period and the run it was read from. */
    @JsonPropertyOrder({"periodStart", "periodEnd", "asOf", "runId"})
    record TrendRow(LocalDate periodStart, LocalDate periodEnd, LocalDate asOf, Long runId, @JsonUnwrapped Row row) {
    }

    private ScorecardCsv() {
    }

    static String write(TrendView trend) {
        List<TrendRow> rows = new ArrayList<>();
        for (TrendView.PeriodScorecard period : trend.periods()) {
            period.items().forEach(item -> rows.add(new TrendRow(period.start(), period.end(), period.asOf(),
                    period.runId(), Row.of(item))));
        }
        return SpreadsheetCsv.write(rows, TrendRow.class);
    }

    static String write(ScorecardView scorecard) {
        List<Row> rows = scorecard.items().stream().map(Row::of).toList();
        return SpreadsheetCsv.write(rows, Row.class);
    }
}
