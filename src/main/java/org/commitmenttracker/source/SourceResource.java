package org.commitmenttracker.source;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The releases that commitments and events cite. */
@Path("/api/sources")
@Tag(name = "Sources", description = "Published releases that commitments are quoted from")
public class SourceResource {

    private final SourceService service;

    public SourceResource(SourceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List all sources, oldest first")
    public List<SourceView> list() {
        return service.listSources().stream().map(SourceView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get one source")
    public SourceView get(@PathParam("id") String id) {
        return service.findSourceById(id).map(SourceView::of)
                .orElseThrow(() -> new NotFoundException("No source with id '" + id + "'."));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Register a source")
    public Response create(@NotNull @Valid SourceInput input) {
        Source source = service.persistSource(input);
        return Response.created(URI.create("/api/sources/" + source.id)).entity(SourceView.of(source)).build();
    }
}
