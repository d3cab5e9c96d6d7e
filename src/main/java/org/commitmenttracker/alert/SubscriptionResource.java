package org.commitmenttracker.alert;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

/** Each user's subscriptions to status changes; a user sees and edits only their own, auditors read all. */
@Path("/api/subscriptions")
@Tag(name = "Alerts")
public class SubscriptionResource {

    private final SubscriptionService service;
    private final StatusChanges changes;
    private final SecurityIdentity identity;
    private final TrackerConfig.Paging paging;
    private final String publicUrl;

    public SubscriptionResource(SubscriptionService service, StatusChanges changes, SecurityIdentity identity,
                                TrackerConfig config) {
        this.service = service;
        this.changes = changes;
        this.identity = identity;
        this.paging = config.paging();
        this.publicUrl = config.publicUrl();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "My subscriptions (an auditor's: everyone's), oldest first; paged")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    public Page<SubscriptionView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.list(user(), identity.hasRole(Roles.AUDITOR), request);
    }

    @POST
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Subscribe to status changes", description = "It starts from the current run: changes "
            + "made after it are sent, not the backlog.")
    @APIResponse(responseCode = "201", description = "Subscribed")
    @APIResponse(responseCode = "400", description = "A field is invalid: each is named; nothing is stored")
    public Response create(@NotNull @Valid SubscriptionInput input) {
        SubscriptionView created = service.create(user(), input);
        return Response.created(URI.create("/api/subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One of my subscriptions")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "404", description = "No such subscription of mine")
    public SubscriptionView get(@PathParam("id") long id) {
        return SubscriptionView.of(visible(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Replace one of my subscriptions (re-enables it)")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "A field is invalid; nothing is changed")
    @APIResponse(responseCode = "404", description = "No such subscription of mine")
    public SubscriptionView update(@PathParam("id") long id, @NotNull @Valid SubscriptionInput input) {
        return service.update(id, user(), input).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Delete one of my subscriptions")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of mine")
    public Response delete(@PathParam("id") long id) {
        if (!service.delete(id, user())) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The delivery log of one of my webhook subscriptions, newest first; paged",
            description = "Each delivery is one CloudEvent: its state, attempts, last answer or error, next attempt.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "A parameter is invalid: each is named")
    @APIResponse(responseCode = "404", description = "No such subscription of mine")
    public Page<DeliveryView> deliveries(@PathParam("id") long id,
                                         @QueryParam("state") @Parameter(description = "PENDING, DELIVERED or FAILED")
                                         String state,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        WebhookDelivery.State wanted = parser.enumValue("state", state, WebhookDelivery.State.class);
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.deliveries(id, user(), identity.hasRole(Roles.AUDITOR), wanted, request)
                .orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/feed")
    @Produces(AtomFeed.MEDIA_TYPE)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The status changes one of my subscriptions selects, as an Atom feed, newest first")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "404", description = "No such subscription of mine")
    public String feed(@PathParam("id") long id, @Context UriInfo uri) {
        Subscription s = visible(id);
        return AtomFeed.write("Commitment status changes: subscription " + id, uri.getRequestUri().toString(),
                publicUrl, changes.latest(s.filter(), AlertFeedQuery.DEFAULT_SIZE));
    }

    private Subscription visible(long id) {
        return service.visible(id, user(), identity.hasRole(Roles.AUDITOR)).orElseThrow(() -> notFound(id));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No subscription " + id + " of yours.");
    }
}
