package org.commitmenttracker.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.security.Roles;
import org.commitmenttracker.vocabulary.TermResolver;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Status changes as an Atom feed, for feed readers and chat integrations. */
@Path("/api/alerts/feed")
@Tag(name = "Alerts", description = "Status changes as feeds and subscriptions")
public class AlertFeedResource {

    private final StatusChanges changes;
    private final TermResolver vocabulary;
    private final String publicUrl;

    public AlertFeedResource(StatusChanges changes, TermResolver vocabulary, TrackerConfig config) {
        this.changes = changes;
        this.vocabulary = vocabulary;
        this.publicUrl = config.publicUrl();
    }

    @GET
    @Produces(AtomFeed.MEDIA_TYPE)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Status changes as an Atom feed (RFC 4287), newest first",
            description = "One entry per commitment whose status changed in a current run, linking to its page; "
                    + "filtered by actor, topic, new status and commitment, in any words the vocabulary resolves.")
    @APIResponse(responseCode = "200", description = "The feed")
    public String feed(@BeanParam AlertFeedQuery query, @Context UriInfo uri) {
        AlertFeedQuery.Parsed parsed = query.parse(vocabulary);
        return AtomFeed.write("Commitment status changes", uri.getRequestUri().toString(), publicUrl,
                changes.latest(parsed.filter(), parsed.size()));
    }
}
