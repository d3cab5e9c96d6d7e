package org.commitmenttracker.trigger;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.commitment.CommitmentService;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff's records that a conditional commitment's trigger was met. */
@Path("/api/commitments/{id}/trigger-met")
@Tag(name = "Commitments")
public class TriggerMetResource {

    private final TriggerMetService service;
    private final CommitmentService commitments;
    private final EvaluationService evaluations;
    private final TrackerConfig.Paging paging;

    public TriggerMetResource(TriggerMetService service, CommitmentService commitments,
                              EvaluationService evaluations, TrackerConfig config) {
        this.service = service;
        this.commitments = commitments;
        this.evaluations = evaluations;
        this.paging = config.paging();
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Record that a conditional commitment's trigger was met, with a citation",
            description = "The latest record outranks what the events suggest: the commitment's term starts on its "
                    + "day. The current run is re-decided.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "The commitment is not conditional, or metOn is before its "
            + "statement or after today, or a field is missing")
    @APIResponse(responseCode = "404", description = "No such commitment")
    public Response record(@PathParam("id") String id, @NotNull @Valid TriggerMetInput input) {
        TriggerMetView recorded = service.record(id, input, evaluations.today())
                .orElseThrow(() -> new NotFoundException("No commitment with id '" + id + "'."));
        return Response.created(URI.create("/api/commitments/" + id + "/trigger-met")).entity(recorded).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The records of the commitment's trigger met, newest first (the first is the one in use)")
    @APIResponse(responseCode = "200", description = "One page of records")
    @APIResponse(responseCode = "404", description = "No such commitment")
    public Page<TriggerMetView> list(@PathParam("id") String id, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        if (!commitments.existsById(id)) {
            throw new NotFoundException("No commitment with id '" + id + "'.");
        }
        return service.recordsOf(id, request);
    }
}
