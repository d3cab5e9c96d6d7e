package org.commitmenttracker.scorecard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.rules.facts.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A scorecard: the current run's statuses counted and scored per group. */
@Schema(description = "Statuses of the current run counted per group, with the mean compliance score of those scored")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScorecardView(String by,
                            @Schema(description = "The one group asked for, if any") String group, LocalDate asOf, long runId, String rulesVersion, LocalDate from, LocalDate to,
                            @Schema(description = "The score each status counts for (rules/parameters.yaml); statuses "
                                    + "left out are not scored") Map<Status, Double> scale,
                            List<Item> items) {

    /** One group's line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String group,
                       @Schema(description = "Commitments in the group (counted once each)") long commitments,
                       @Schema(description = "Commitments per status; they add up to commitments")
                       Map<Status, Long> counts,
                       @Schema(description = "The mean score of the scored commitments, from -1 to 1; absent when "
                               + "none is scored") Double score,
                       @Schema(description = "How many commitments have a status the scale scores") long scored,
                       @Schema(description = "The group's commitments in the listing") String commitmentsLink) {
    }
}
