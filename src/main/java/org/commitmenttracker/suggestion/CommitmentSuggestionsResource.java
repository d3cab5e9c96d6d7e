package org.commitmenttracker.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.commitment.CommitmentService;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The suggestions waiting on, or decided for, one commitment. */
@Path("/api/commitments/{id}/suggestions")
@Tag(name = "Suggestions")
public class CommitmentSuggestionsResource {

    private final SuggestionService suggestions;
    private final CommitmentService commitments;
    private final TrackerConfig.Paging paging;

    public CommitmentSuggestionsResource(SuggestionService suggestions, CommitmentService commitments,
                                         TrackerConfig config) {
        this.suggestions = suggestions;
        this.commitments = commitments;
        this.paging = config.paging();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A commitment's suggested evidence, best first; filter by status")
    @APIResponse(responseCode = "200", description = "One page of the commitment's suggestions")
    @APIResponse(responseCode = "400", description = "Unknown status, or an invalid page or size")
    @APIResponse(responseCode = "404", description = "No such commitment")
    public Page<SuggestionView> list(@PathParam("id") String id, @QueryParam("status") String status,
                                     @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        Suggestion.Status wanted = parser.enumValue("status", status, Suggestion.Status.class);
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        if (!commitments.existsById(id)) {
            throw new NotFoundException("No commitment with id '" + id + "'.");
        }
        return suggestions.searchSuggestions(wanted, id, request);
    }
}
