package org.commitmenttracker.commitment;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.evaluation.HistoryEntry;
import org.commitmenttracker.http.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.logging.Log;

/** Commitments: who promised what to whom, and their current status. */
@Path("/api/commitments")
@Tag(name = "Commitments", description = "Recorded commitments and their current status")
public class CommitmentResource {

    private final CommitmentService service;
    private final EvaluationService evaluations;
    private final TrackerConfig.Paging paging;

    public CommitmentResource(CommitmentService service, EvaluationService evaluations, TrackerConfig config) {
        this.service = service;
        this.evaluations = evaluations;
        this.paging = config.paging();
    }

    @GET
    @Operation(summary = "List commitments", description = "Filtered by status (of the latest run), actor, addressee, "
            + "topic, kind and source; newest statement first; paged, with the total")
    public Page<CommitmentView> list(@BeanParam CommitmentQuery query) {
        CommitmentQuery.CommitmentSearch search = query.parse(paging);
        return service.searchCommitments(search.filter(), search.page());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one commitment with its latest outcome, explanation and evidence")
    public CommitmentView get(@PathParam("id") String id) {
        return service.findCommitmentById(id)
                .orElseThrow(() -> new NotFoundException("No commitment with id '" + id + "'."));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The commitment's status across runs, oldest first, with what changed and why at each step")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        if (!service.existsById(id)) {
            throw new NotFoundException("No commitment with id '" + id + "'.");
        }
        return evaluations.historyOf(id);
    }

    @POST
    @Operation(summary = "Record a commitment", description = "Answers 201 with its Location; 400 naming each invalid "
            + "field; 409 when the id is taken. It is judged at the next evaluation.")
    public Response create(@NotNull @Valid CommitmentInput input) {
        CommitmentView created = service.persistCommitment(input);
        Log.debugf("Recorded commitment %s", created.id());
        return Response.created(URI.create("/api/commitments/" + created.id())).entity(created).build();
    }
}
