package org.commitmenttracker.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.commitment.CommitmentFilter;
import org.commitmenttracker.commitment.CommitmentService;
import org.commitmenttracker.commitment.CommitmentView;
import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.evaluation.RunDiff;
import org.commitmenttracker.evaluation.RunPurpose;
import org.commitmenttracker.evaluation.RunService;
import org.commitmenttracker.evaluation.RunView;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.security.Roles;
import org.commitmenttracker.source.SourceService;
import org.commitmenttracker.source.SourceView;
import org.commitmenttracker.suggestion.SuggestionService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The web pages. Thin like the REST resources: the services do the work, the templates the layout. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    static final String SESSION_COOKIE = "tracker-session";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Pages.Overview page);

        static native TemplateInstance runs(Pages.RunsPage page);

        static native TemplateInstance login(boolean failed);
    }

    private final CommitmentService commitments;
    private final SourceService sources;
    private final EvaluationService evaluations;
    private final RunService runs;
    private final SuggestionService suggestions;
    private final SecurityIdentity identity;
    private final int listSize;

    public PageResource(CommitmentService commitments, SourceService sources,
                        EvaluationService evaluations, RunService runs, SuggestionService suggestions,
                        SecurityIdentity identity, TrackerConfig config) {
        this.runs = runs;
        this.commitments = commitments;
        this.sources = sources;
        this.evaluations = evaluations;
        this.suggestions = suggestions;
        this.identity = identity;
        this.listSize = config.paging().maxSize();
    }

    /** Overview page: counts by status, the overdue and due-soon lists, filters. */
    @GET
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance overview(@QueryParam("actor") String actor, @QueryParam("topic") String topic,
                                     @QueryParam("kind") String kind, @QueryParam("source") String source) {
        Pages.Filters filters = Pages.Filters.parse(actor, topic, kind, source);
        Optional<RunView> run = runs.currentRun().map(RunView::of);
        LocalDate asOf = run.map(RunView::asOf).orElse(evaluations.today());
        List<Pages.Line> overdue = mostOverdueFirst(filters, asOf);
        List<Pages.Line> dueSoon = lines(Status.DUE_SOON, filters, asOf).stream()
                .sorted(Comparator.comparingLong(Pages.Line::days)).toList();
        List<Pages.StatusCount> counts = run.map(r -> Arrays.stream(Status.values())
                .map(s -> new Pages.StatusCount(s.name(), label(s), r.counts().getOrDefault(s, 0))).toList())
                .orElse(List.of());
        return Templates.overview(new Pages.Overview(viewer(), run.orElse(null), counts, overdue, dueSoon, filters,
                List.of(Kind.values()), sources.listSources().stream().map(SourceView::of).toList(),
                evaluations.today(), suggestions.countPending()));
    }

    /** Runs page: the latest runs and the diff between two. */
    @GET
    @Path("runs")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance runs(@QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParser parser = new QueryParser();
        String fromRun = parser.text(from);
        String toRun = parser.text(to);
        parser.throwIfInvalid();
        RunDiff diff = fromRun == null || toRun == null ? null : runs.diff(fromRun, toRun);
        List<RunView> latest = runs.listRuns(null, new PageRequest(0, 50)).items().stream().map(RunView::of).toList();
        return Templates.runs(new Pages.RunsPage(viewer(), latest, runs.currentRunId().orElse(null), diff));
    }

    /**
     * Run an evaluation from the overview form; a current run redirects to the overview, a replay or projection to
     * its diff with the current run.
     */
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    public Response evaluate(@FormParam("asOf") String asOf) {
        QueryParser parser = new QueryParser();
        LocalDate day = parser.date("asOf", asOf);
        parser.throwIfInvalid();
        EvaluationRun run = evaluations.evaluate(day == null ? evaluations.today() : day,
                "requested by " + identity.getPrincipal().getName() + " from the web page");
        return Response.seeOther(URI.create(run.purpose == RunPurpose.CURRENT ? "/"
                : "/runs?from=current&to=" + run.id)).build();
    }

    /** The overdue list as CSV, with the overview's filters. */
    @GET
    @Path("overdue.csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.STAFF)
    public Response overdueCsv(@QueryParam("actor") String actor, @QueryParam("topic") String topic,
                               @QueryParam("kind") String kind, @QueryParam("source") String source) {
        Pages.Filters filters = Pages.Filters.parse(actor, topic, kind, source);
        LocalDate asOf = runs.currentRun().map(r -> r.asOf).orElse(evaluations.today());
        return Response.ok(OverdueCsv.write(mostOverdueFirst(filters, asOf)), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"overdue-" + asOf + ".csv\"").build();
    }

    /** The sign-in page (posts to /j_security_check). */
    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") String error) {
        return Templates.login(error != null);
    }

    /** Sign out: clears the session cookie. */
    @GET
    @Path("logout")
    @PermitAll
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).path("/").maxAge(0).value("").build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }

    private List<Pages.Line> mostOverdueFirst(Pages.Filters filters, LocalDate asOf) {
        return lines(Status.OVERDUE, filters, asOf).stream()
                .sorted(Comparator.comparingLong(Pages.Line::days).reversed()).toList();
    }

    private List<Pages.Line> lines(Status status, Pages.Filters filters, LocalDate asOf) {
        CommitmentFilter filter = new CommitmentFilter(status, filters.actor(), null, filters.topic(),
                filters.kindValue(), filters.source());
        return commitments.searchCommitments(filter, new PageRequest(0, listSize)).items().stream()
                .map(c -> line(c, asOf)).toList();
    }

    private static Pages.Line line(CommitmentView c, LocalDate asOf) {
        LocalDate due = c.latestOutcome() == null ? null : c.latestOutcome().nextDue();
        long days = due == null ? 0 : Math.abs(ChronoUnit.DAYS.between(due, asOf));
        return new Pages.Line(c.id(), c.summary(), String.join(", ", c.actors()), label(c.kind()), due, days,
                c.latestOutcome() == null ? "" : c.latestOutcome().explanation(),
                c.latestOutcome() == null ? "" : c.latestOutcome().parties().stream()
                        .map(p -> p.party() + " " + p.status()).collect(Collectors.joining(" | ")));
    }

    private Pages.Viewer viewer() {
        return Pages.Viewer.of(identity);
    }

    static String label(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
