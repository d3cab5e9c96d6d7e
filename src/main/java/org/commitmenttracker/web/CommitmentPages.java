package org.commitmenttracker.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.commitment.CommitmentFilter;
import org.commitmenttracker.commitment.CommitmentQuery;
import org.commitmenttracker.commitment.CommitmentService;
import org.commitmenttracker.commitment.CommitmentView;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.evaluation.RunService;
import org.commitmenttracker.evaluation.RunView;
import org.commitmenttracker.event.EventService;
import org.commitmenttracker.event.EventView;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.commitmenttracker.suggestion.Suggestion;
import org.commitmenttracker.suggestion.SuggestionService;
import org.commitmenttracker.trigger.TriggerMetInput;
import org.commitmenttracker.trigger.TriggerMetService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The commitment pages: the list filtered by current status and more, and each commitment's own page. */
@Path("/commitments")
@Produces(MediaType.TEXT_HTML)
public class CommitmentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Pages.CommitmentList page);

        static native TemplateInstance commitment(Pages.CommitmentPage page);
    }

    private final CommitmentService commitments;
    private final EventService events;
    private final EvaluationService evaluations;
    private final RunService runs;
    private final SuggestionService suggestions;
    private final SecurityIdentity identity;
    private final TriggerMetService triggers;
    private final TrackerConfig.Paging paging;

    public CommitmentPages(CommitmentService commitments, EventService events, EvaluationService evaluations,
                           RunService runs, SuggestionService suggestions, SecurityIdentity identity,
                           TriggerMetService triggers, TrackerConfig config) {
        this.triggers = triggers;
        this.commitments = commitments;
        this.events = events;
        this.evaluations = evaluations;
        this.runs = runs;
        this.suggestions = suggestions;
        this.identity = identity;
        this.paging = config.paging();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance list(@BeanParam CommitmentQuery query) {
        CommitmentQuery.CommitmentSearch search = query.parse(paging);
        Page<CommitmentView> found = commitments.searchCommitments(search.filter(), search.page());
        int page = found.page();
        boolean more = (long) (page + 1) * found.size() < found.total();
        return Templates.list(new Pages.CommitmentList(Pages.Viewer.of(identity), search.filter(), found,
                runs.currentRun().map(RunView::of).orElse(null),
                page == 0 ? null : pageLink(search.filter(), page - 1, found.size()),
                more ? pageLink(search.filter(), page + 1, found.size()) : null));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    public TemplateInstance commitment(@PathParam("id") String id) {
        CommitmentView commitment = commitments.findCommitmentById(id)
                .orElseThrow(() -> new NotFoundException("No commitment with id '" + id + "'."));
        List<EventView> evidence = commitment.latestOutcome() == null ? List.of()
                : events.findEventsByIds(commitment.latestOutcome().evidenceIds());
        LocalDate asOf = commitment.latestOutcome() == null ? evaluations.today() : commitment.latestOutcome().asOf();
        int listed = paging.maxSize();
        return Templates.commitment(new Pages.CommitmentPage(Pages.Viewer.of(identity), commitment, evidence,
                runs.recentHistoryOf(id, listed), Timeline.of(commitment, evidence, asOf),
                suggestions.searchSuggestions(Suggestion.Status.PENDING, id, new PageRequest(0, listed)).items(),
                triggers.recordsOf(id, new PageRequest(0, listed)).items()));
    }

    /** Staff record, from the commitment's page, that its trigger was met; back to the page. */
    @POST
    @Path("{id}/trigger-met")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    public Response recordTriggerMet(@PathParam("id") String id, @FormParam("metOn") String metOn,
                                     @FormParam("citation") String citation, @FormParam("note") String note) {
        QueryParser parser = new QueryParser();
        LocalDate day = parser.date("metOn", metOn);
        if (day == null) {
            parser.reject("metOn", "is required");
        }
        parser.throwIfInvalid();
        triggers.record(id, new TriggerMetInput(day, citation, note), evaluations.today())
                .orElseThrow(() -> new NotFoundException("No commitment with id '" + id + "'."));
        return Response.seeOther(URI.create("/commitments/" + UriBuilder.fromPath("{id}").build(id))).build();
    }

    private static String pageLink(CommitmentFilter filter, int page, int size) {
        UriBuilder link = UriBuilder.fromPath("/commitments");
        query(link, "status", filter.status());
        query(link, "actor", filter.actor());
        query(link, "addressee", filter.addressee());
        query(link, "topic", filter.topic());
        query(link, "kind", filter.kind());
        query(link, "source", filter.sourceId());
        URI uri = link.queryParam("page", page).queryParam("size", size).build();
        return uri.toString();
    }

    private static void query(UriBuilder link, String name, Object value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }
}
