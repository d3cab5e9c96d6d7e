package org.commitmenttracker.extraction;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.commitment.CommitmentView;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Candidates: list them, accept one as a commitment (with corrections), or reject it with a reason. */
@Path("/api/candidates")
@Tag(name = "Candidates")
public class CandidateResource {

    private final CandidateService service;
    private final Caller caller;
    private final TrackerConfig.Paging paging;

    public CandidateResource(CandidateService service, Caller caller, TrackerConfig config) {
        this.service = service;
        this.caller = caller;
        this.paging = config.paging();
    }

    /** The body of a rejection. */
    public record Rejection(String reason) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Candidates in text order, newest release first; filter by source, release and status")
    @APIResponse(responseCode = "200", description = "One page of candidates")
    @APIResponse(responseCode = "400", description = "Unknown status, or an invalid release, page or size")
    public Page<CandidateView> list(@QueryParam("source") String source, @QueryParam("release") String release,
                                    @QueryParam("status") String status, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        Candidate.Status wanted = parser.enumValue("status", status, Candidate.Status.class);
        Long releaseId = parser.number("release", release);
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.search(parser.text(source), releaseId, wanted, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One candidate: what was read and why")
    @APIResponse(responseCode = "200", description = "The candidate")
    @APIResponse(responseCode = "404", description = "No such candidate")
    public CandidateView get(@PathParam("id") long id) {
        return service.find(id).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Accept as a commitment citing the source and quote; the body may correct any field",
            description = "Without a body, what was read is used as it is; a kind's required fields, topics and "
                    + "evidence event types must then have been read, or be given.")
    @APIResponse(responseCode = "201", description = "Accepted: the commitment made")
    @APIResponse(responseCode = "400", description = "The commitment would be invalid: each field is named; nothing "
            + "is stored")
    @APIResponse(responseCode = "404", description = "No such candidate")
    @APIResponse(responseCode = "409", description = "Already accepted or rejected, or the commitment id is taken")
    public Response accept(@PathParam("id") long id, CandidateCorrections corrections) {
        CommitmentView made = service.accept(id, corrections, caller.name()).orElseThrow(() -> notFound(id));
        return Response.created(URI.create("/api/commitments/" + made.id())).entity(made).build();
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Reject, with a reason")
    @APIResponse(responseCode = "200", description = "Rejected: the candidate as it now stands")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such candidate")
    @APIResponse(responseCode = "409", description = "Already accepted or rejected")
    public CandidateView reject(@PathParam("id") long id, Rejection rejection) {
        return service.reject(id, rejection == null ? null : rejection.reason(), caller.name())
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No candidate " + id + ".");
    }
}
