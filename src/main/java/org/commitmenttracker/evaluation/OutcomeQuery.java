package org.commitmenttracker.evaluation;

import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.facts.Status;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the outcome listing, checked together. */
public class OutcomeQuery {

    @QueryParam("run") @Parameter(description = "An evaluation run id")
    String run;
    @QueryParam("commitment") @Parameter(description = "A commitment id")
    String commitment;
    @QueryParam("status") @Parameter(description = "A status, e.g. OVERDUE")
    String status;
    @QueryParam("rule") @Parameter(description = "The exact name of the deciding rule")
    String rule;
    @QueryParam("page") @Parameter(description = "Zero-based page number")
    String page;
    @QueryParam("size") @Parameter(description = "Page size, at most tracker.paging.max-size")
    String size;

    /** The filter and page, or a 400 naming every bad parameter. */
    OutcomeSearch parse(TrackerConfig.Paging paging) {
        QueryParser parser = new QueryParser();
        OutcomeFilter filter = new OutcomeFilter(parser.number("run", run), parser.text(commitment),
                parser.enumValue("status", status, Status.class), parser.text(rule));
        PageRequest pageRequest = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return new OutcomeSearch(filter, pageRequest);
    }

    record OutcomeSearch(OutcomeFilter filter, PageRequest page) {
    }
}
