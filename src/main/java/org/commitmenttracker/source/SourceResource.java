package org.commitmenttracker.source;

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
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The releases that commitments and events cite. */
@Path("/api/sources")
@Tag(name = "Sources", description = "Published releases that commitments are quoted from")
public class SourceResource {

    private final SourceService service;
    private final TrackerConfig.Paging paging;

    public SourceResource(SourceService service, TrackerConfig config) {
        this.service = service;
        this.paging = config.paging();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the sources, oldest release first; paged, with the total")
    public Page<SourceView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.searchSources(request).map(SourceView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get one source")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView get(@PathParam("id") String id) {
        return service.findSourceById(id).map(SourceView::of)
                .orElseThrow(() -> new NotFoundException("No source with id '" + id + "'."));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Register a source")
    @APIResponse(responseCode = "201", description = "Registered: the source, with its Location")
    @APIResponse(responseCode = "409", description = "A source with that id exists")
    public Response create(@NotNull @Valid SourceInput input) {
        Source source = service.persistSource(input);
        return Response.created(URI.create("/api/sources/" + source.id)).entity(SourceView.of(source)).build();
    }
}
