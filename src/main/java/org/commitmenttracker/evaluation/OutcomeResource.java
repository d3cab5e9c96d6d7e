package org.commitmenttracker.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outcomes: what each run decided about each commitment, by which rule, on what evidence. */
@Path("/api/outcomes")
@Tag(name = "Outcomes", description = "Rule outcomes per commitment per run")
public class OutcomeResource {

    static final String CSV = "text/csv";

    private final RunService service;
    private final TrackerConfig.Paging paging;

    public OutcomeResource(RunService service, TrackerConfig config) {
        this.service = service;
        this.paging = config.paging();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List outcomes", description = "Filtered by run, commitment, status, deciding or fired rule, "
            + "status change, actor, topic and as-of range; sorted; paged with the total. Ask for text/csv to get "
            + "the same page as CSV (the total is then in the X-Total-Count header).")
    public Page<OutcomeView> list(@BeanParam OutcomeQuery query) {
        OutcomeQuery.OutcomeSearch search = query.parse(paging, service);
        return service.searchOutcomes(search.filter(), search.orderBy(), search.page());
    }

    @GET
    @Produces(CSV)
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public Response listAsCsv(@BeanParam OutcomeQuery query) {
        Page<OutcomeView> page = list(query);
        return Response.ok(OutcomeCsv.write(page.items()), CSV).header("X-Total-Count", page.total()).build();
    }
}
