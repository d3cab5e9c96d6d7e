package org.commitmenttracker.scorecard;

import java.util.List;

import org.commitmenttracker.http.SpreadsheetCsv;
import org.commitmenttracker.rules.facts.Status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A scorecard as CSV for spreadsheets: one row per group, a column per status (formula-safe, as every export). */
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

    private ScorecardCsv() {
    }

    static String write(ScorecardView scorecard) {
        List<Row> rows = scorecard.items().stream().map(Row::of).toList();
        return SpreadsheetCsv.write(rows, Row.class);
    }
}
