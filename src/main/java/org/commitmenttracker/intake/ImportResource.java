package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.smallrye.common.annotation.Blocking;

/** Imports of event datasets: send a file, follow its progress, read its report, list past imports. */
@Path("/api/imports")
@Tag(name = "Imports", description = "Event datasets in: GDELT 2.0 exports and our own event CSV")
public class ImportResource {

    private final ImportService service;
    private final Caller caller;
    private final TrackerConfig.Paging paging;

    public ImportResource(ImportService service, Caller caller, TrackerConfig config) {
        this.service = service;
        this.caller = caller;
        this.paging = config.paging();
    }

    @POST
    @Blocking
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a file of events: the request body, or the part \"file\" of a multipart form",
            description = "Formats: gdelt (GDELT 2.0 events export, .CSV or .zip), events-csv (our own), and csv, "
                    + "plover, jsonl through a column mapping given as parameters. Every row is checked first; then the rows are stored in the background, in one transaction. "
                    + "Rows describing the same real event (day, parties, type, topics) become one event. Events from "
                    + "untrusted formats (GDELT) do not count by themselves: they become suggestions staff confirm.")
    @APIResponse(responseCode = "202", description = "Accepted: follow the import at its Location")
    @APIResponse(responseCode = "200", description = "The same file was imported before: that import; nothing changed")
    @APIResponse(responseCode = "400", description = "format, onError, trusted or the column mapping missing or unknown")
    @APIResponse(responseCode = "409", description = "The same file is being imported now")
    @APIResponse(responseCode = "413", description = "The file is larger than tracker.intake.max-file-size")
    @APIResponse(responseCode = "422", description = "Bad rows (up to 100, by line and field), no rows at all, or a refused zip; "
            + "nothing was stored")
    public Response create(@BeanParam ImportQuery query, InputStream body) throws IOException {
        return started(service.startImport(body, query.parse(caller.name())));
    }

    @POST
    @Blocking
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response createFromForm(@BeanParam ImportQuery query, @RestForm("file") FileUpload file)
            throws IOException {
        if (file == null) {
            throw new InvalidRequestException("file", "is required: the form part holding the file to import");
        }
        if (query.fileName == null) {
            query.fileName = file.fileName();
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return started(service.startImport(in, query.parse(caller.name())));
        }
    }

    private static Response started(ImportService.Started started) {
        URI location = URI.create("/api/imports/" + started.view().id());
        return (started.alreadyImported() ? Response.ok() : Response.accepted()).location(location)
                .entity(started.view()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One import: progress while it runs (rows, percent, rows/s, ETA), then its report")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportView get(@PathParam("id") long id) {
        return service.findImportById(id).orElseThrow(() -> new NotFoundException("No import " + id + "."));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Every import, newest first, paged")
    @APIResponse(responseCode = "200", description = "One page of imports")
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    public Page<ImportView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.listImports(request);
    }
}
