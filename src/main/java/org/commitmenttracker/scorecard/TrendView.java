package org.commitmenttracker.scorecard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.rules.facts.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A scorecard per period: for each, the groups of the run that was current at the period's end. */
@Schema(description = "Scorecards over time, read from the stored current runs")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrendView(String by,
                        @Schema(description = "The one group asked for, if any") String group, String every, LocalDate from, LocalDate to,
                        @Schema(description = "The score each status counts for (the active rules' "
                                + "rules/parameters.yaml), applied to every period alike") Map<Status, Double> scale,
                        List<PeriodScorecard> periods) {

    /** One period: the run current at its end (absent before the first run) and its groups. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PeriodScorecard(LocalDate start, LocalDate end,
                                  @Schema(description = "The as-of date of the run read: the period's end, or an "
                                          + "earlier day when no run was made later in it") LocalDate asOf,
                                  Long runId, List<ScorecardView.Item> items) {
    }
}
