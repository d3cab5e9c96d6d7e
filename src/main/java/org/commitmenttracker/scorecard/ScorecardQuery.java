package org.commitmenttracker.scorecard;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.http.QueryParser;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of scorecards and trends, read into checked values (400 naming the field when not). */
public final class ScorecardQuery {

    /** A scorecard's request, checked. */
    public record Card(Grouping by, String group, LocalDate asOf, LocalDate from, LocalDate to) {
    }

    /** A trend's request, checked. */
    public record Trend(Grouping by, String group, Period every, LocalDate from, LocalDate to) {
    }

    @QueryParam("by") @Parameter(description = "party (each actor, by its own status when actors act separately), "
            + "addressee, source, topic or kind; party by default")
    String by;
    @QueryParam("group") @Parameter(description = "Only this group: a party or addressee code, a source id, a topic "
            + "or a kind, as the items name it")
    String group;
    @QueryParam("from") @Parameter(description = "Scorecard: only commitments stated on or after this day. Trend: "
            + "the first day of the first period (from the first of a month, P1M gives calendar months; by default "
            + "the last twelve periods, from the first of a month for months, of January for years). YYYY-MM-DD")
    String from;
    @QueryParam("to") @Parameter(description = "Scorecard: only commitments stated on or before this day. Trend: the "
            + "last day, where the last period is cut (today by default). YYYY-MM-DD")
    String to;
    @QueryParam("asOf") @Parameter(description = "Scorecard only: as it stood on this day (YYYY-MM-DD), from the last "
            + "run stored as current by then; today's current run when absent")
    String asOf;
    @QueryParam("every") @Parameter(description = "Trend only: the length of a period (ISO 8601: P1D, P1W, P1M, P3M, "
            + "P1Y); P1M by default")
    String every;

    public Card card() {
        QueryParser parser = new QueryParser();
        LocalDate start = parser.date("from", from);
        Card card = new Card(grouping(parser), group(), parser.date("asOf", asOf), start, end(parser, start));
        parser.throwIfInvalid();
        return card;
    }

    public Trend trend() {
        QueryParser parser = new QueryParser();
        LocalDate start = parser.date("from", from);
        Trend trend = new Trend(grouping(parser), group(), period(parser), start, end(parser, start));
        parser.throwIfInvalid();
        return trend;
    }

    private String group() {
        return group == null || group.isBlank() ? null : group.strip();
    }

    private Grouping grouping(QueryParser parser) {
        Grouping grouping = by == null || by.isBlank() ? Grouping.PARTY : Grouping.named(by).orElse(null);
        if (grouping == null) {
            parser.reject("by", "must be one of party, addressee, source, topic, kind");
        }
        return grouping;
    }

    /** The end of the range, checked against its start. */
    private LocalDate end(QueryParser parser, LocalDate start) {
        LocalDate end = parser.date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            parser.reject("to", "must not be before from");
        }
        return end;
    }

    private Period period(QueryParser parser) {
        if (every == null || every.isBlank()) {
            return Period.ofMonths(1);
        }
        try {
            Period period = Period.parse(every.strip());
            if (!period.isNegative() && !period.isZero() && period.toTotalMonths() <= 1200
                    && period.getDays() <= 36500) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        parser.reject("every", "must be a positive ISO 8601 period of days, weeks, months or years, such as P1M");
        return null;
    }
}
