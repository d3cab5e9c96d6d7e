package org.commitmenttracker.evaluation;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.QueryParser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.logging.Log;

/** Evaluation runs: the rules applied to every commitment as of a date. */
@Path("/api/evaluations")
@Tag(name = "Evaluations", description = "Run the rules as of a date; read past runs")
public class EvaluationResource {

    private final EvaluationService service;
    private final TrackerConfig.Paging paging;

    public EvaluationResource(EvaluationService service, TrackerConfig config) {
        this.service = service;
        this.paging = config.paging();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Evaluate every commitment as of a date (default today) and store the outcomes",
            description = "Events dated after the as-of date are ignored, so a past date reproduces what was known then")
    public Response evaluate(EvaluationRequest request) {
        LocalDate asOf = request == null || request.asOf() == null ? service.today() : request.asOf();
        RunView run = RunView.of(service.evaluate(asOf));
        Log.infof("Evaluation run %d as of %s: %s", run.id(), run.asOf(), run.counts());
        return Response.created(URI.create("/api/evaluations/" + run.id())).entity(run).build();
    }

    @GET
    @Operation(summary = "List evaluation runs, newest first")
    public Page<RunView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return service.listRuns(request).map(RunView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one evaluation run with its counts per status")
    public RunView get(@PathParam("id") String id) {
        return parseId(id).flatMap(service::findRunById).map(RunView::of)
                .orElseThrow(() -> new NotFoundException("No evaluation run with id '" + id + "'."));
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
