package org.commitmenttracker.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Suggested evidence: list it, and confirm or reject each suggestion. */
@Path("/api/suggestions")
@Tag(name = "Suggestions", description = "Imported events proposed as evidence, for staff to confirm or reject")
public class SuggestionResource {

    private final SuggestionService service;
    private final Caller caller;
    private final TrackerConfig.Paging paging;

    public SuggestionResource(SuggestionService service, Caller caller, TrackerConfig config) {
        this.service = service;
        this.caller = caller;
        this.paging = config.paging();
    }

    /** The body of a rejection. */
    public record Rejection(String reason) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Suggestions, best first; filter by status (PENDING, CONFIRMED, REJECTED) and commitment")
    @APIResponse(responseCode = "200", description = "One page of suggestions")
    @APIResponse(responseCode = "400", description = "Unknown status, or an invalid page or size")
    public Page<SuggestionView> list(@QueryParam("status") String status, @QueryParam("commitment") String commitment,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        Suggestion.Status wanted = parser.enumValue("status", status, Suggestion.Status.class);
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.searchSuggestions(wanted, parser.text(commitment), request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One suggestion with its event")
    @APIResponse(responseCode = "200", description = "The suggestion")
    @APIResponse(responseCode = "404", description = "No such suggestion")
    public SuggestionView get(@PathParam("id") long id) {
        return service.findSuggestionById(id).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Confirm: the event counts as evidence for the commitment; the current run is re-decided")
    @APIResponse(responseCode = "200", description = "Confirmed: the suggestion as it now stands")
    @APIResponse(responseCode = "404", description = "No such suggestion")
    @APIResponse(responseCode = "409", description = "Already confirmed or rejected")
    public SuggestionView confirm(@PathParam("id") long id) {
        return service.confirm(id, caller.name()).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Reject, with a reason")
    @APIResponse(responseCode = "200", description = "Rejected: the suggestion as it now stands")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such suggestion")
    @APIResponse(responseCode = "409", description = "Already confirmed or rejected")
    public SuggestionView reject(@PathParam("id") long id, Rejection rejection) {
        return service.reject(id, caller.name(), rejection == null ? null : rejection.reason())
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No suggestion " + id + ".");
    }
}
