package org.commitmenttracker.web;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.commitment.CommitmentView;
import org.commitmenttracker.evaluation.OutcomeView;
import org.commitmenttracker.event.EventView;
import org.commitmenttracker.rules.facts.Status;

/**
 * A commitment's timeline as an inline SVG picture, laid out on the server: the statement, the deadline or the
 * window in which the next evidence was due, the trigger, each evidence event as a mark, and the as-of date, so the
 * gap shows at a glance. {@link #description()} says the same in words for screen readers.
 */
public record Timeline(int width, int height, int axisY, List<Tick> ticks, List<Span> spans, List<Mark> marks,
                       String description) {

    static final int WIDTH = 800;
    static final int LEFT = 20;
    static final int RIGHT = 780;
    static final int AXIS_Y = 110;

    /** A year boundary on the axis. */
    public record Tick(int x, String label) {
    }

    /** A stretch of time: css class "window" (evidence expected within), "late" (overdue or stalled), "waiting". */
    public record Span(int x, int width, String cssClass, String label) {
    }

    /**
     * A point in time: css class "stated", "deadline", "trigger", "evidence" or "asof". Labels sit on rows above the
     * axis, right-aligned near the right edge so that they stay inside the picture.
     */
    public record Mark(int x, int labelY, String cssClass, String label, String anchor) {
    }

    static Timeline of(CommitmentView c, List<EventView> evidence, LocalDate asOf) {
        OutcomeView outcome = c.latestOutcome();
        LocalDate start = outcome != null && outcome.termStart() != null ? outcome.termStart() : c.statedOn();
        LocalDate due = outcome == null ? c.deadline() : outcome.nextDue();
        LocalDate first = c.statedOn();
        LocalDate last = latest(asOf, due, evidence.isEmpty() ? null : evidence.get(evidence.size() - 1).date());
        Scale scale = new Scale(first.minusDays(30), last.plusDays(30));

        List<Span> spans = new ArrayList<>();
        if (outcome == null || outcome.termStart() == null) {
            spans.add(scale.span(c.statedOn(), asOf, "waiting", "waiting for its trigger"));
        } else if (due != null) {
            LocalDate windowStart = due.isBefore(start) ? due : windowStart(c, outcome, evidence, start, due);
            spans.add(scale.span(windowStart, due, "window", "due by " + due));
            if (isLate(outcome.status()) && asOf.isAfter(due)) {
                spans.add(scale.span(due, asOf, "late", outcome.status().name().toLowerCase().replace('_', ' ')));
            }
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(scale.mark(c.statedOn(), 0, "stated", "stated " + c.statedOn()));
        if (c.deadline() != null) {
            marks.add(scale.mark(c.deadline(), 1, "deadline", "deadline " + c.deadline()));
        }
        if (outcome != null && outcome.triggerEventId() != null) {
            marks.add(scale.mark(outcome.termStart(), 2, "trigger", "trigger " + outcome.termStart()));
        }
        for (int i = 0; i < evidence.size(); i++) {
            EventView e = evidence.get(i);
            marks.add(scale.mark(e.date(), 3 + i % 2, "evidence", e.type() + " " + e.date()));
        }
        marks.add(scale.mark(asOf, 5, "asof", "as of " + asOf));
        return new Timeline(WIDTH, 150, AXIS_Y, scale.ticks(), spans, marks, describe(c, outcome, evidence, asOf));
    }

    /** For a periodic commitment the window runs one period back from its due date; else from the start. */
    private static LocalDate windowStart(CommitmentView c, OutcomeView outcome, List<EventView> evidence,
                                         LocalDate start, LocalDate due) {
        Period period = c.cadence() != null ? c.cadence() : c.reviewWindow();
        if (period != null && outcome.nextDue() != null) {
            LocalDate from = due.minus(period);
            return from.isBefore(start) ? start : from;
        }
        return start;
    }

    private static boolean isLate(Status status) {
        return status == Status.OVERDUE || status == Status.STALLED;
    }

    private static LocalDate latest(LocalDate... days) {
        LocalDate latest = days[0];
        for (LocalDate day : days) {
            if (day != null && day.isAfter(latest)) {
                latest = day;
            }
        }
        return latest;
    }

    private static String describe(CommitmentView c, OutcomeView outcome, List<EventView> evidence, LocalDate asOf) {
        StringBuilder text = new StringBuilder("Stated on " + c.statedOn() + ".");
        if (c.deadline() != null) {
            text.append(" Deadline ").append(c.deadline()).append('.');
        }
        if (outcome != null && outcome.triggerEventId() != null) {
            text.append(" Trigger met on ").append(outcome.termStart()).append('.');
        }
        if (outcome != null && outcome.nextDue() != null) {
            text.append(" Next evidence due by ").append(outcome.nextDue()).append('.');
        }
        text.append(evidence.isEmpty() ? " No evidence." : " Evidence on "
                + String.join(", ", evidence.stream().map(e -> e.date().toString()).toList()) + ".");
        text.append(" As of ").append(asOf).append(outcome == null ? "." : ": " + outcome.status() + ".");
        return text.toString();
    }

    /** Maps days to x coordinates between the margins. */
    private record Scale(LocalDate from, LocalDate to) {

        int x(LocalDate day) {
            long total = Math.max(1, ChronoUnit.DAYS.between(from, to));
            long offset = ChronoUnit.DAYS.between(from, day);
            return (int) (LEFT + (RIGHT - LEFT) * Math.max(0, Math.min(total, offset)) / total);
        }

        Span span(LocalDate start, LocalDate end, String cssClass, String label) {
            int x = x(start);
            return new Span(x, Math.max(2, x(end) - x), cssClass, label);
        }

        Mark mark(LocalDate day, int row, String cssClass, String label) {
            int x = x(day);
            return new Mark(x, 20 + 14 * (row % 6), cssClass, label, x > 560 ? "end" : "start");
        }

        List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            long years = ChronoUnit.YEARS.between(from, to);
            int step = years > 12 ? 5 : years > 6 ? 2 : 1;
            for (int year = from.getYear() + 1; year <= to.getYear(); year += step) {
                ticks.add(new Tick(x(LocalDate.of(year, 1, 1)), String.valueOf(year)));
            }
            return ticks;
        }
    }
}
