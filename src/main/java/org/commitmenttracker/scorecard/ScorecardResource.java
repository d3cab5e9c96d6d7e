package org.commitmenttracker.scorecard;


import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.http.Problem;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scorecards of the current run: who follows through, on what, from which release. */
@Path("/api/scorecards")
@Tag(name = "Scorecards", description = "Statuses counted and scored per party, addressee, release, topic or kind")
public class ScorecardResource {

    static final String CSV = "text/csv";

    private final ScorecardService scorecards;
    private final ScorecardTrend trends;
    private final ScorecardConfig config;

    public ScorecardResource(ScorecardService scorecards, ScorecardTrend trends, ScorecardConfig config) {
        this.scorecards = scorecards;
        this.trends = trends;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A scorecard of the current run", description = "Per group: its commitments, how many have "
            + "each status, and the mean compliance score (rules/parameters.yaml: kept +1, broken -1) of those whose "
            + "status is scored; each group links to its commitments. Ask for text/csv for a spreadsheet. 404 until "
            + "a current run exists.")
    @APIResponse(responseCode = "200", description = "The scorecard")
    @APIResponse(responseCode = "404", description = "No current run yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScorecardView scorecard(@BeanParam ScorecardQuery query) {
        ScorecardQuery.Card card = query.card();
        return scorecards.scorecard(card.by(), card.group(), card.asOf(), card.from(), card.to())
                .orElseThrow(() -> new NotFoundException(card.asOf() == null
                        ? "No current run yet: the first evaluation makes one."
                        : "No run was current by " + card.asOf() + "."));
    }

    @GET
    @Produces(CSV)
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public Response scorecardAsCsv(@BeanParam ScorecardQuery query) {
        return Response.ok(ScorecardCsv.write(scorecard(query)), CSV).build();
    }

    @GET
    @Path("trend")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Scorecards over time", description = "The range cut into periods of one length from its "
            + "first day; each period is scored by the run that was current at its end (stored history, nothing "
            + "evaluated again), with today's scale. Ask for text/csv for one row per period and group. 404 until a "
            + "current run exists.")
    @APIResponse(responseCode = "200", description = "The trend")
    @APIResponse(responseCode = "400", description = "A bad grouping, period or date, or too many periods",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No current run yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TrendView trend(@BeanParam ScorecardQuery query) {
        ScorecardQuery.Trend trend = query.trend();
        return trends.trend(trend.by(), trend.group(), trend.every(), trend.from(), trend.to(), config.limits())
                .orElseThrow(() -> new NotFoundException("No current run yet: the first evaluation makes one."));
    }

    @GET
    @Path("trend")
    @Produces(CSV)
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public Response trendAsCsv(@BeanParam ScorecardQuery query) {
        return Response.ok(ScorecardCsv.write(trend(query)), CSV).build();
    }
}
