package org.commitmenttracker.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.extraction.Candidate;
import org.commitmenttracker.extraction.CandidateCorrections;
import org.commitmenttracker.extraction.CandidateService;
import org.commitmenttracker.extraction.CandidateView;
import org.commitmenttracker.extraction.ReleaseText;
import org.commitmenttracker.extraction.ReleaseTextService;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.scorecard.Grouping;
import org.commitmenttracker.scorecard.ScorecardService;
import org.commitmenttracker.security.Roles;
import org.commitmenttracker.source.SourceService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A release's page: its text with the candidates highlighted where they stand, and for staff the forms that accept
 * (with corrections), reject, or send the text; and the list of candidates awaiting review.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReleasePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance release(Pages.ReleasePage page);

        static native TemplateInstance candidates(Pages.CandidateList page);
    }

    private final ReleaseTextService releases;
    private final CandidateService candidates;
    private final SourceService sources;
    private final SecurityIdentity identity;
    private final Caller caller;
    private final TrackerConfig.Paging paging;
    private final ScorecardService scorecards;

    public ReleasePages(ReleaseTextService releases, CandidateService candidates, SourceService sources,
                        SecurityIdentity identity, Caller caller, TrackerConfig config, ScorecardService scorecards) {
        this.scorecards = scorecards;
        this.releases = releases;
        this.candidates = candidates;
        this.sources = sources;
        this.identity = identity;
        this.caller = caller;
        this.paging = config.paging();
    }

    @GET
    @Path("sources/{id}/release")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance release(@PathParam("id") String sourceId) {
        var source = sources.findSourceById(sourceId).orElseThrow(() -> new NotFoundException("No source "
                + sourceId + "."));
        ReleaseText text = releases.latest(sourceId).orElse(null);
        List<CandidateView> found = text == null ? List.of() : candidates.ofRelease(text.id);
        String followThrough = scorecards.scorecard(Grouping.SOURCE, sourceId, null, null, null)
                .flatMap(card -> card.items().stream().findFirst()).map(ScorecardCharts::sentence).orElse(null);
        return Templates.release(new Pages.ReleasePage(Pages.Viewer.of(identity), source, followThrough, text,
                text == null ? List.of() : Pages.Segment.of(text.content, found), found, Arrays.asList(Kind.values())));
    }

    /** Sends a release's text from the page's form; back to the page. */
    @POST
    @Path("sources/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    public Response submit(@PathParam("id") String sourceId, @FormParam("text") String text,
                           @FormParam("html") String html) {
        releases.submit(sourceId, text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8),
                html != null ? "text/html" : "text/plain", null, caller.name());
        return Response.seeOther(URI.create("/sources/" + sourceId + "/release")).build();
    }

    @GET
    @Path("candidates")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") String page) {
        QueryParser parser = new QueryParser();
        Candidate.Status wanted = status == null ? Candidate.Status.PENDING
                : parser.enumValue("status", status, Candidate.Status.class);
        var request = parser.page(page, null, paging);
        parser.throwIfInvalid();
        return Templates.candidates(new Pages.CandidateList(Pages.Viewer.of(identity), wanted,
                candidates.search(null, null, wanted, request)));
    }

    /** Accepts from the release page, with the fields staff corrected; on to the new commitment's page. */
    @POST
    @Path("candidates/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    public Response accept(@PathParam("id") long id, @FormParam("summary") String summary,
                           @FormParam("kind") String kind, @FormParam("actors") String actors,
                           @FormParam("addressees") String addressees, @FormParam("topics") String topics,
                           @FormParam("eventTypes") String eventTypes, @FormParam("deadline") String deadline) {
        QueryParser parser = new QueryParser();
        Kind chosen = parser.enumValue("kind", kind, Kind.class);
        var due = parser.date("deadline", deadline);
        parser.throwIfInvalid();
        Set<String> types = terms(eventTypes);
        var corrections = new CandidateCorrections(null, parser.text(summary), null, chosen, null, terms(actors),
                terms(addressees), terms(topics), due, null, null, null, null, null,
                types == null ? null : new org.commitmenttracker.commitment.CommitmentInput.EvidenceInput(types, null,
                        null), null, null, null);
        var made = candidates.accept(id, corrections, caller.name()).orElseThrow(() -> notFound(id));
        return Response.seeOther(URI.create("/commitments/" + made.id())).build();
    }

    /** Rejects from the release page, with a reason; back to the page. */
    @POST
    @Path("candidates/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    public Response reject(@PathParam("id") long id, @FormParam("reason") String reason) {
        CandidateView rejected = candidates.reject(id, reason, caller.name()).orElseThrow(() -> notFound(id));
        return Response.seeOther(URI.create("/sources/" + rejected.sourceId() + "/release#candidate-" + id)).build();
    }

    /** The field's terms; null, to keep what was read, when it is blank. */
    private static Set<String> terms(String field) {
        Set<String> terms = Pages.commaSeparated(field);
        return terms.isEmpty() ? null : terms;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No candidate " + id + ".");
    }
}
