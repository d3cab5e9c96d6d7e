package org.commitmenttracker.feed;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sources polled on a schedule: added and removed by rules-admins, read by everyone signed in. */
@Path("/api/feeds")
@Tag(name = "Feeds", description = "Sources polled on a schedule (GDELT's 15-minute events exports)")
public class FeedResource {

    private final FeedService service;
    private final FeedPolling polling;
    private final Caller caller;
    private final TrackerConfig.Paging paging;

    public FeedResource(FeedService service, FeedPolling polling, Caller caller, TrackerConfig config) {
        this.service = service;
        this.polling = polling;
        this.caller = caller;
        this.paging = config.paging();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the feeds, by id, each with how its polling goes")
    public List<FeedView> list() {
        return service.list().stream().map(FeedView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get one feed: status, last poll, last success, last error, items seen and new, next poll")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "404", description = "No such feed")
    public FeedView get(@PathParam("id") String id) {
        return FeedView.of(service.findOrNotFound(id));
    }

    @POST
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Add a feed; it is polled at once, then every 'every' (PT15M unless given)")
    @APIResponse(responseCode = "201", description = "Added: the feed, with its Location")
    @APIResponse(responseCode = "409", description = "A feed with that id exists")
    public Response add(@NotNull @Valid FeedInput input) {
        Feed feed = service.add(input, caller.name());
        polling.soon();
        return Response.created(URI.create("/api/feeds/" + feed.id)).entity(FeedView.of(feed)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Remove a feed and its history of items; what it imported stays")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such feed")
    public Response remove(@PathParam("id") String id) {
        service.remove(id, caller.name());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/poll")
    @RolesAllowed(Roles.RULES_ADMIN)
    @Operation(summary = "Poll the feed now, in the background; GET the feed or its items to see what came of it")
    @APIResponse(responseCode = "202", description = "Accepted: the feed is due and a poll round is queued")
    @APIResponse(responseCode = "404", description = "No such feed")
    public Response pollNow(@PathParam("id") String id) {
        Feed feed = service.pollSoon(id);
        polling.soon();
        return Response.accepted(FeedView.of(feed)).build();
    }

    @GET
    @Path("/{id}/items")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "What the feed fetched, latest first, and what each item became; paged, with the total")
    @APIResponse(responseCode = "200", description = "A page of items")
    @APIResponse(responseCode = "404", description = "No such feed")
    public Page<FeedItemView> items(@PathParam("id") String id, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.items(id, request).map(FeedItemView::of);
    }
}
