package org.commitmenttracker.event;

import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the event listing, checked together. */
public class EventQuery {

    @QueryParam("from") @Parameter(description = "Earliest date, YYYY-MM-DD, inclusive")
    String from;
    @QueryParam("to") @Parameter(description = "Latest date, YYYY-MM-DD, inclusive")
    String to;
    @QueryParam("actor") @Parameter(description = "A participant, e.g. IND")
    String actor;
    @QueryParam("topic") @Parameter(description = "A topic")
    String topic;
    @QueryParam("type") @Parameter(description = "An event type, e.g. meeting")
    String type;
    @QueryParam("page") @Parameter(description = "Zero-based page number")
    String page;
    @QueryParam("size") @Parameter(description = "Page size, at most tracker.paging.max-size")
    String size;

    /** The filter and page, or a 400 naming every bad parameter. */
    EventSearch parse(TrackerConfig.Paging paging) {
        QueryParser parser = new QueryParser();
        EventFilter filter = new EventFilter(parser.date("from", from), parser.date("to", to), parser.text(actor),
                parser.text(topic), parser.text(type));
        PageRequest pageRequest = parser.page(page, size, paging);
        parser.throwIfInvalid();
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        return new EventSearch(filter, pageRequest);
    }

    record EventSearch(EventFilter filter, PageRequest page) {
    }
}
