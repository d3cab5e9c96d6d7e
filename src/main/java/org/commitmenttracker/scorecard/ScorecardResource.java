package org.commitmenttracker.scorecard;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.http.Problem;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scorecards of the current run: who follows through, on what, from which release. */
@Path("/api/scorecards")
@Tag(name = "Scorecards", description = "Statuses counted and scored per party, addressee, release, topic or kind")
public class ScorecardResource {

    static final String CSV = "text/csv";

    private final ScorecardService scorecards;

    public ScorecardResource(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    /** The query of a scorecard. */
    public static final class Query {
        @QueryParam("by") @Parameter(description = "party (each actor, by its own status when actors act "
                + "separately), addressee, source, topic or kind; party by default")
        String by;
        @QueryParam("from") @Parameter(description = "Only commitments stated on or after this day (YYYY-MM-DD)")
        String from;
        @QueryParam("to") @Parameter(description = "Only commitments stated on or before this day (YYYY-MM-DD)")
        String to;
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
    public ScorecardView scorecard(@BeanParam Query query) {
        QueryParser parser = new QueryParser();
        Grouping by = query.by == null || query.by.isBlank() ? Grouping.PARTY : Grouping.named(query.by).orElse(null);
        if (by == null) {
            parser.reject("by", "must be one of party, addressee, source, topic, kind");
        }
        LocalDate from = parser.date("from", query.from);
        LocalDate to = parser.date("to", query.to);
        if (from != null && to != null && to.isBefore(from)) {
            parser.reject("to", "must not be before from");
        }
        parser.throwIfInvalid();
        return scorecards.scorecard(by, from, to)
                .orElseThrow(() -> new NotFoundException("No current run yet: the first evaluation makes one."));
    }

    @GET
    @Produces(CSV)
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public Response scorecardAsCsv(@BeanParam Query query) {
        return Response.ok(ScorecardCsv.write(scorecard(query)), CSV).build();
    }
}
