package org.commitmenttracker.evaluation;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outcomes: what each run decided about each commitment, by which rule, on what evidence. */
@Path("/api/outcomes")
@Tag(name = "Outcomes", description = "Rule outcomes per commitment per run")
public class OutcomeResource {

    private final EvaluationService service;
    private final TrackerConfig.Paging paging;

    public OutcomeResource(EvaluationService service, TrackerConfig config) {
        this.service = service;
        this.paging = config.paging();
    }

    @GET
    @Operation(summary = "List outcomes", description = "Filtered by run, commitment, status and deciding rule; "
            + "newest run first")
    public Page<OutcomeView> list(@BeanParam OutcomeQuery query) {
        OutcomeQuery.OutcomeSearch search = query.parse(paging);
        return service.searchOutcomes(search.filter(), search.page());
    }
}
