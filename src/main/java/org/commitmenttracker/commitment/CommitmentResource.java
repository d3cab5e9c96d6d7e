package org.commitmenttracker.commitment;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.evaluation.HistoryEntry;
import org.commitmenttracker.evaluation.RunService;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.http.Problem;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.logging.Log;

/** Commitments: who promised what to whom, and their current status. */
@Path("/api/commitments")
@Tag(name = "Commitments", description = "Recorded commitments and their current status")
public class CommitmentResource {

    static final String EXAMPLE = """
            {"id": "kor-ind-2021-regular-global-issues-consultation",
             "sourceId": "mofa-kr-2021-01-07-global-issues-consultation", "statedOn": "2021-01-07",
             "actors": ["KOR", "IND"], "kind": "RECURRING", "cadence": "P1Y",
             "cadenceNote": "No period given; yearly assumed.",
             "summary": "Hold the high-level policy consultation on global issues regularly.",
             "quote": "agreed to hold the high-level policy consultation on global issues on a regular basis",
             "topics": ["global-issues"], "evidence": {"eventTypes": ["consultation"]}}""";

    /** Clients may keep a listing but must ask, with its ETag, whether it still holds before using it. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("private, no-cache");
    /** The listing sends JSON it wrote itself (UTF-8), see {@link ListingJson}. */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final CommitmentService service;
    private final RunService runs;
    private final TrackerConfig.Paging paging;

    public CommitmentResource(CommitmentService service, RunService runs, TrackerConfig config) {
        this.service = service;
        this.runs = runs;
        this.paging = config.paging();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List commitments", description = "Filtered by status (in the current run), actor, addressee, "
            + "topic, kind and source; newest statement first; paged, with the total. Answers carry an ETag that "
            + "changes with the current run, the rules and the commitments recorded: send it back in If-None-Match "
            + "to get 304 while the listing is unchanged")
    @APIResponse(responseCode = "200", description = "A page of commitments", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "412", description = "If-Match names another version of the listing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@BeanParam CommitmentQuery query, @Context Request request) {
        CommitmentQuery.CommitmentSearch search = query.parse(paging);
        CommitmentService.ListingState state = service.listingState(search.filter());
        EntityTag tag = state.tag();
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        if (precondition != null) {
            if (precondition.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
                throw new ClientErrorException("If-Match names another version of this listing; its current tag is "
                        + tag + ".", Response.Status.PRECONDITION_FAILED);
            }
            return Response.notModified(tag).cacheControl(REVALIDATE).build();
        }
        return Response.ok(service.searchCommitmentsAsJson(search.filter(), search.page(), state), JSON).tag(tag)
                .cacheControl(REVALIDATE).build();
    }

    /** A page of commitments as {@link #list} writes it (it sends JSON written once per run), for the API document. */
    @Schema(name = "PageCommitmentView")
    record CommitmentPage(List<CommitmentView> items, long total, int page, int size) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get one commitment with its outcome in the current run (latestOutcome): status, "
            + "explanation and evidence")
    public CommitmentView get(@PathParam("id") String id) {
        return service.findCommitmentById(id)
                .orElseThrow(() -> new NotFoundException("No commitment with id '" + id + "'."));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The commitment's status across current runs, oldest first, with what changed and why at "
            + "each step; paged", description = "Replays and projections are left out: they never were its status.")
    public Page<HistoryEntry> history(@PathParam("id") String id, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        if (!service.existsById(id)) {
            throw new NotFoundException("No commitment with id '" + id + "'.");
        }
        return runs.historyOf(id, request);
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Record a commitment", description = "Answers 201 with its Location; 400 naming each invalid "
            + "field; 409 when the id is taken. It is judged at the next evaluation.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "A yearly consultation",
            value = EXAMPLE))) @NotNull @Valid CommitmentInput input) {
        CommitmentView created = service.persistCommitment(input);
        Log.debugf("Recorded commitment %s", created.id());
        return Response.created(URI.create("/api/commitments/" + created.id())).entity(created).build();
    }
}
