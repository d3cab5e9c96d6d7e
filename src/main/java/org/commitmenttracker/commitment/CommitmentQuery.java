package org.commitmenttracker.commitment;

import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the commitment listing, checked together so that one answer names every bad one. */
public class CommitmentQuery {

    @QueryParam("status") @Parameter(description = "Status in the current run, e.g. OVERDUE")
    String status;
    @QueryParam("actor") @Parameter(description = "A party that committed, e.g. KOR")
    String actor;
    @QueryParam("addressee") @Parameter(description = "A party committed to, or asked")
    String addressee;
    @QueryParam("topic") @Parameter(description = "A topic, e.g. defence-industry")
    String topic;
    @QueryParam("kind") @Parameter(description = "ONE_OFF, RECURRING, ONGOING, CONDITIONAL or REQUEST")
    String kind;
    @QueryParam("source") @Parameter(description = "A source id")
    String source;
    @QueryParam("page") @Parameter(description = "Zero-based page number")
    String page;
    @QueryParam("size") @Parameter(description = "Page size, at most tracker.paging.max-size")
    String size;

    /** The filter and page, or a 400 naming every bad parameter. */
    public CommitmentSearch parse(TrackerConfig.Paging paging) {
        QueryParser parser = new QueryParser();
        CommitmentFilter filter = new CommitmentFilter(parser.enumValue("status", status, Status.class),
                parser.text(actor), parser.text(addressee), parser.text(topic),
                parser.enumValue("kind", kind, Kind.class), parser.text(source));
        PageRequest pageRequest = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return new CommitmentSearch(filter, pageRequest);
    }

    public record CommitmentSearch(CommitmentFilter filter, PageRequest page) {
    }
}
