package org.commitmenttracker.event;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Page;
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

/** Events: what happened, when, and who took part. */
@Path("/api/events")
@Tag(name = "Events", description = "Recorded events that may count as evidence")
public class EventResource {

    static final String EXAMPLE = """
            {"id": "ind-2021-12-07-peacekeeping-ministerial", "date": "2021-12-07", "type": "meeting",
             "title": "India takes part in the UN Peacekeeping Ministerial in Seoul",
             "participants": ["KOR", "IND", "UN"], "topics": ["peacekeeping"],
             "citation": "https://example.org/where-you-read-it"}""";

    private final EventService service;
    private final TrackerConfig.Paging paging;

    public EventResource(EventService service, TrackerConfig config) {
        this.service = service;
        this.paging = config.paging();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List events", description = "Filtered by date range, participant, topic and type; newest first")
    public Page<EventView> list(@BeanParam EventQuery query) {
        EventQuery.EventSearch search = query.parse(paging);
        return service.searchEvents(search.filter(), search.page());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get one event")
    public EventView get(@PathParam("id") String id) {
        return service.findEventById(id).orElseThrow(() -> new NotFoundException("No event with id '" + id + "'."));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Record an event", description = "Answers 201 with its Location; it counts from the next "
            + "evaluation whose as-of date is on or after its date")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "India at the ministerial",
            value = EXAMPLE))) @NotNull @Valid EventInput input) {
        EventView created = service.persistEvent(input);
        Log.debugf("Recorded event %s", created.id());
        return Response.created(URI.create("/api/events/" + created.id())).entity(created).build();
    }
}
