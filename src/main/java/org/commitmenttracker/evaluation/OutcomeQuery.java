package org.commitmenttracker.evaluation;

import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.facts.Status;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the outcome listing, checked together so that one answer names every bad one. */
public class OutcomeQuery {

    @QueryParam("run") @Parameter(description = "An evaluation run id, 'current' or 'latest'", example = "current")
    String run;
    @QueryParam("commitment") @Parameter(description = "A commitment id")
    String commitment;
    @QueryParam("status") @Parameter(description = "A status", example = "OVERDUE")
    String status;
    @QueryParam("rule") @Parameter(description = "The exact name of the deciding rule")
    String rule;
    @QueryParam("firedRule") @Parameter(description = "The exact name of any rule that fired for the commitment")
    String firedRule;
    @QueryParam("changedTo") @Parameter(description = "Outcomes whose status became this one, e.g. OVERDUE for "
            + "\"became overdue\"")
    String changedTo;
    @QueryParam("changedFrom") @Parameter(description = "Outcomes whose status was this one in the previous run and "
            + "is no longer")
    String changedFrom;
    @QueryParam("changed") @Parameter(description = "true: only status changes (and first outcomes); false: only "
            + "unchanged statuses")
    String changed;
    @QueryParam("actor") @Parameter(description = "A party that made the commitment", example = "KOR")
    String actor;
    @QueryParam("topic") @Parameter(description = "A topic of the commitment")
    String topic;
    @QueryParam("asOfFrom") @Parameter(description = "Earliest as-of date, YYYY-MM-DD, inclusive")
    String asOfFrom;
    @QueryParam("asOfTo") @Parameter(description = "Latest as-of date, YYYY-MM-DD, inclusive")
    String asOfTo;
    @QueryParam("purpose") @Parameter(description = "Only runs of this purpose: CURRENT, REPLAY or PROJECTION")
    String purpose;
    @QueryParam("sort") @Parameter(description = "Comma-separated keys among run, asOf, commitment, status, rule, "
            + "nextDue; prefix '-' for descending", example = "-asOf,commitment")
    String sort;
    @QueryParam("page") @Parameter(description = "Zero-based page number")
    String page;
    @QueryParam("size") @Parameter(description = "Page size, at most tracker.paging.max-size")
    String size;

    /** The filter, order and page, or a 400 naming every bad parameter (a 404 for a run alias with no run). */
    OutcomeSearch parse(TrackerConfig.Paging paging, RunService runs) {
        QueryParser parser = new QueryParser();
        Long runId = RunService.isAlias(run) ? runs.runOrNotFound(run.strip()).id : parser.number("run", run);
        OutcomeFilter filter = new OutcomeFilter(runId, parser.text(commitment),
                parser.enumValue("status", status, Status.class), parser.text(rule), parser.text(firedRule),
                parser.enumValue("changedTo", changedTo, Status.class),
                parser.enumValue("changedFrom", changedFrom, Status.class), parser.bool("changed", changed),
                parser.text(actor), parser.text(topic), parser.date("asOfFrom", asOfFrom),
                parser.date("asOfTo", asOfTo), parser.enumValue("purpose", purpose, RunPurpose.class));
        String orderBy = OutcomeSort.orderBy(sort, parser);
        PageRequest pageRequest = parser.page(page, size, paging);
        if (filter.asOfFrom() != null && filter.asOfTo() != null && filter.asOfTo().isBefore(filter.asOfFrom())) {
            parser.reject("asOfTo", "must not be before asOfFrom");
        }
        parser.throwIfInvalid();
        return new OutcomeSearch(filter, orderBy, pageRequest);
    }

    record OutcomeSearch(OutcomeFilter filter, String orderBy, PageRequest page) {
    }
}
