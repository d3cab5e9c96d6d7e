package org.commitmenttracker.evaluation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.RuleFile;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/** Evaluation runs: the rules applied to every commitment as of a date. */
@Path("/api/evaluations")
@Tag(name = "Evaluations", description = "Run the rules as of a date; read past runs")
public class EvaluationResource {

    private final EvaluationService service;
    private final RunService runs;
    private final DryRunService dryRuns;
    private final TrackerConfig.Paging paging;
    private final SecurityIdentity identity;

    public EvaluationResource(EvaluationService service, RunService runs, DryRunService dryRuns,
                              TrackerConfig config, SecurityIdentity identity) {
        this.dryRuns = dryRuns;
        this.service = service;
        this.runs = runs;
        this.paging = config.paging();
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.STAFF, Roles.RULES_ADMIN})
    @Operation(summary = "Evaluate every commitment as of a date (default today) and store the outcomes",
            description = "Events dated after the as-of date are ignored, so a past date reproduces what was known "
                    + "then. A run as of today becomes the current run; a past date makes a replay and a future "
                    + "date a projection (what will be overdue by then if nothing new happens): both are stored and "
                    + "can be diffed, but never give the current status. The as-of date must lie between "
                    + "tracker.evaluation.earliest-as-of (1945-01-01) and today plus "
                    + "tracker.evaluation.projection-horizon (ten years).")
    @APIResponse(responseCode = "201", description = "Stored: the run, with its Location and purpose")
    @APIResponse(responseCode = "200", description = "With dryRun=true: the outcomes and their impact against the "
            + "current run (each commitment whose status would change, with both explanations); nothing stored")
    @APIResponse(responseCode = "400", description = "An as-of date out of bounds, or rules outside a dry run")
    @APIResponse(responseCode = "422", description = "Submitted rule files do not compile, or the rules ran past their "
            + "limits (tracker.rules.limits.*): the rules that fired most, by file and line; nothing stored")
    public Response evaluate(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                                     @ExampleObject(name = "As of a past date", value = "{\"asOf\": \"2022-01-08\"}"),
                                     @ExampleObject(name = "As of today", value = "{}")}))
                             @Valid EvaluationRequest request,
                             @QueryParam("dryRun") @Parameter(description = "Evaluate without storing anything")
                             String dryRun) {
        LocalDate asOf = request == null || request.asOf() == null ? service.today() : request.asOf();
        List<RuleFile> ruleFiles = request == null ? List.of() : request.ruleFiles();
        if (isDryRun(dryRun)) {
            if (!ruleFiles.isEmpty()) {
                require(Roles.RULES_ADMIN); // submitted rule text is compiled and run
            }
            return Response.ok(dryRuns.dryRun(asOf, ruleFiles)).build();
        }
        if (!ruleFiles.isEmpty()) {
            throw new InvalidRequestException("rules", "only a dry run (dryRun=true) may use submitted rules");
        }
        require(Roles.STAFF);
        RunView run = RunView.of(service.evaluate(asOf, "requested by " + identity.getPrincipal().getName()));
        return Response.created(URI.create("/api/evaluations/" + run.id())).entity(run).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List evaluation runs, newest first, of every purpose or one")
    public Page<RunView> list(@QueryParam("purpose") @Parameter(description = "CURRENT, REPLAY or PROJECTION")
                              String purpose,
                              @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        RunPurpose onlyPurpose = parser.enumValue("purpose", purpose, RunPurpose.class);
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return runs.listRuns(onlyPurpose, request).map(RunView::of);
    }

    @GET
    @Path("/current")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The current run: the latest made as of today, which gives every commitment its status")
    @APIResponse(responseCode = "200", description = "The current run")
    @APIResponse(responseCode = "404", description = "No run as of its own day has been made yet")
    public RunView current() {
        return RunView.of(runs.runOrNotFound(RunService.CURRENT));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get one evaluation run with its counts per status")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run")
    public RunView get(@PathParam("id") @Parameter(description = "A run id, 'current' or 'latest' (the run made "
            + "most recently, whatever its purpose)") String id) {
        return RunView.of(runs.runOrNotFound(id));
    }

    @GET
    @Path("/{from}/diff/{to}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Which commitments changed status between two runs, and why",
            description = "Each run is named by id, 'current' or 'latest'. Each change names its reasons: new "
                    + "evidence, a new rules version, a moved as-of date, another deciding rule; commitments judged "
                    + "by only one of the runs are listed apart.")
    @APIResponse(responseCode = "200", description = "The diff")
    @APIResponse(responseCode = "404", description = "Either run does not exist")
    public RunDiff diff(@PathParam("from") String from, @PathParam("to") String to) {
        return runs.diff(from, to);
    }

    private void require(String role) {
        if (!identity.hasRole(role)) {
            throw new ForbiddenException("This needs the " + role + " role.");
        }
    }

    private static boolean isDryRun(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidRequestException("dryRun", "must be true or false, got '" + value + "'");
    }
}
