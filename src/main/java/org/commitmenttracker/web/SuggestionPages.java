package org.commitmenttracker.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.http.Caller;
import org.commitmenttracker.security.Roles;
import org.commitmenttracker.suggestion.SuggestionService;
import org.commitmenttracker.suggestion.SuggestionView;

/** The confirm and reject buttons of the commitment page; each goes back to that page. */
@Path("/suggestions/{id}")
public class SuggestionPages {

    private final SuggestionService suggestions;
    private final Caller caller;

    public SuggestionPages(SuggestionService suggestions, Caller caller) {
        this.suggestions = suggestions;
        this.caller = caller;
    }

    /** Confirm a suggestion from the commitment page; redirects to it. */
    @POST
    @Path("confirm")
    @RolesAllowed(Roles.STAFF)
    public Response confirm(@PathParam("id") long id) {
        return backTo(suggestions.confirm(id, caller.name()).orElseThrow(() -> notFound(id)));
    }

    /** Reject a suggestion from the commitment page, with a reason; redirects to it. */
    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    public Response reject(@PathParam("id") long id, @FormParam("reason") String reason) {
        return backTo(suggestions.reject(id, caller.name(), reason).orElseThrow(() -> notFound(id)));
    }

    private static Response backTo(SuggestionView decided) {
        return Response.seeOther(URI.create("/commitments/" + decided.commitmentId())).build();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No suggestion " + id + ".");
    }
}
