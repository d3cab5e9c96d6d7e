package org.commitmenttracker.extraction;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.smallrye.common.annotation.Blocking;

/** A release's text in, the commitments proposed from it out. */
@Path("/api/sources/{id}/text")
@Tag(name = "Candidates", description = "Commitments proposed from a release's text, for staff to accept or reject")
public class ReleaseTextResource {

    private final ReleaseTextService service;
    private final CandidateService candidates;
    private final Caller caller;
    private final long maxRequestSize;

    public ReleaseTextResource(ReleaseTextService service, CandidateService candidates, Caller caller,
                               TrackerConfig config) {
        this.service = service;
        this.candidates = candidates;
        this.caller = caller;
        this.maxRequestSize = config.maxRequestSize();
    }

    @POST
    @Blocking
    @RolesAllowed(Roles.STAFF)
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Store a release's text (plain or HTML) and propose the commitments in it",
            description = "HTML is cleaned to text first; candidates' offsets point into the stored text. The same "
                    + "text for the same source is read once: sending it again answers 200 with what was stored.")
    @APIResponse(responseCode = "201", description = "Read: the stored text and its candidates")
    @APIResponse(responseCode = "200", description = "The same text was sent before: what was stored then")
    @APIResponse(responseCode = "400", description = "Empty, or no words once markup is removed: the field is named")
    @APIResponse(responseCode = "422", description = "Not English: the language detected is named")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "413", description = "Larger than tracker.max-request-size")
    @APIResponse(responseCode = "415", description = "Not UTF-8 text, or binary data")
    public Response submit(@PathParam("id") String sourceId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                           @QueryParam("fileName") String fileName, byte[] body) {
        return answer(service.submit(sourceId, body, type, fileName, caller.name()));
    }

    @POST
    @Blocking
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "As the plain or HTML body, from a file uploaded in the form part \"file\"")
    @APIResponse(responseCode = "201", description = "Read: the stored text and its candidates")
    @APIResponse(responseCode = "200", description = "The same text was sent before: what was stored then")
    @APIResponse(responseCode = "400", description = "No file, empty, or no words once markup is removed")
    @APIResponse(responseCode = "422", description = "Not English: the language detected is named")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "413", description = "Larger than tracker.max-request-size")
    @APIResponse(responseCode = "415", description = "Not UTF-8 text, or binary data")
    public Response upload(@PathParam("id") String sourceId, @RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw new InvalidRequestException("file", "is required: the form part holding the release");
        }
        if (file.size() > maxRequestSize) { // a chunked upload carries no Content-Length for the early check
            throw new ClientErrorException("The file is larger than " + maxRequestSize + " bytes.",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return answer(service.submit(sourceId, Files.readAllBytes(file.uploadedFile()), file.contentType(),
                file.fileName(), caller.name()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The source's latest text, with its candidates")
    @APIResponse(responseCode = "200", description = "The text and its candidates")
    @APIResponse(responseCode = "404", description = "No such source, or no text for it yet")
    public ReleaseTextView latest(@PathParam("id") String sourceId) {
        ReleaseText release = service.latest(sourceId)
                .orElseThrow(() -> new NotFoundException("No text for source " + sourceId + "."));
        return ReleaseTextView.of(release, candidates.ofRelease(release.id));
    }

    private Response answer(ReleaseTextService.Submission submission) {
        ReleaseTextView view = ReleaseTextView.of(submission.release(),
                submission.candidates().stream().map(CandidateView::of).toList());
        return (submission.created() ? Response.created(URI.create("/api/sources/" + view.sourceId() + "/text"))
                : Response.ok()).entity(view).build();
    }
}
