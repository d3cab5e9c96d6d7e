package org.commitmenttracker.intake;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.commitmenttracker.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The refusals of an import as problems; in either case nothing was stored. */
public class ImportRefusalMapper {

    /** A file whose rows cannot be imported: 422, with up to 100 bad rows by line and field. */
    @ServerExceptionMapper
    public Response importRefused(ImportRefusedException e, UriInfo uri) {
        return Problem.of(422, e.getMessage(), uri.getPath(), List.of()).withRowErrors(e.rows()).toResponse();
    }

    /** An import larger than tracker.intake.max-file-size: 413; nothing was kept. */
    @ServerExceptionMapper
    public Response importTooLarge(ImportFile.FileTooLargeException e, UriInfo uri) {
        return Problem.of(413, e.getMessage(), uri.getPath(), List.of()).toResponse();
    }
}
