package org.commitmenttracker.scorecard;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.evaluation.EvaluationRunRepository;
import org.commitmenttracker.evaluation.RunPurpose;
import org.commitmenttracker.evaluation.Today;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.facts.Parameters;

/**
 * Scorecards over time from the history: the periods of a length from a day on, each scored by the run that was
 * current at its end. Reads the counts kept per run ({@link RunTallies}); nothing is evaluated again.
 */
@ApplicationScoped
public class ScorecardTrend {

    /** A stored current run: its id and as-of date. */
    record RunDay(long id, LocalDate asOf) {
    }

    private final EvaluationRunRepository runs;
    private final RunTallies tallies;
    private final ActiveRules rules;
    private final Today today;

    public ScorecardTrend(EvaluationRunRepository runs, RunTallies tallies, ActiveRules rules, Today today) {
        this.runs = runs;
        this.tallies = tallies;
        this.rules = rules;
        this.today = today;
    }

    /**
     * The periods of length {@code every} from {@code from} on, the last one cut at {@code to}, at most one more than
     * {@code max}: from the first of a month, P1M gives calendar months.
     */
    static List<LocalDate[]> periods(Period every, LocalDate from, LocalDate to, int max) {
        List<LocalDate[]> periods = new ArrayList<>();
        for (int i = 0; periods.size() <= max; i++) {
            LocalDate start = from.plus(every.multipliedBy(i));
            if (start.isAfter(to)) {
                break;
            }
            LocalDate end = from.plus(every.multipliedBy(i + 1)).minusDays(1);
            periods.add(new LocalDate[] {start, end.isAfter(to) ? to : end});
        }
        return periods;
    }

    /**
     * Where the last twelve periods ending on {@code end} start, aligned to the calendar: the first of a month for
     * months, the first of January for years.
     */
    static LocalDate lastTwelveFrom(Period every, LocalDate end) {
        LocalDate anchor = every.getDays() != 0 ? end
                : every.toTotalMonths() % 12 == 0 ? end.withDayOfYear(1) : end.withDayOfMonth(1);
        return anchor.minus(every.multipliedBy(11));
    }

    /**
     * The trend by the grouping, of one group only when {@code group} is given; {@code from} defaults to the start of
     * the last twelve periods. Empty while no current run was stored by {@code to}. Refused (400 naming every) when it
     * would be larger than the limits.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TrendView> trend(Grouping by, String group, Period every, LocalDate from, LocalDate to,
                                     Limits limits) {
        LocalDate end = to != null ? to : today.date();
        LocalDate start = from != null ? from : lastTwelveFrom(every, end);
        // The run standing when the range starts, and those made within it: not years of runs before it.
        List<RunDay> history = new ArrayList<>();
        runs.find("purpose = ?1 and asOf < ?2 order by asOf desc, id desc", RunPurpose.CURRENT, start)
                .project(RunDay.class).firstResultOptional().ifPresent(history::add);
        history.addAll(runs.find("purpose = ?1 and asOf >= ?2 and asOf <= ?3 order by asOf, id", RunPurpose.CURRENT,
                start, end).project(RunDay.class).list());
        if (history.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate[]> periods = periods(every, start, end, limits.periods());
        if (periods.size() > limits.periods()) {
            throw new InvalidRequestException("every", "the range holds more than " + limits.periods() + " periods of that length; "
                    + "choose a longer period or a shorter range");
        }
        List<RunDay> standing = standingAtEachEnd(history, periods);
        Map<Long, ScorecardCounts.Counts> counted = tallies.of(standing.stream().filter(Objects::nonNull)
                .map(RunDay::id).toList(), by, group);
        long lines = standing.stream().filter(Objects::nonNull).mapToLong(r -> counted.get(r.id()).byGroup().size())
                .sum();
        if (lines > limits.lines()) {
            throw new InvalidRequestException("every", "the trend would have " + lines + " lines (a group in a period), more than "
                    + limits.lines() + "; ask for one group, a longer period or a shorter range");
        }
        Parameters scale = rules.current().parameters();
        List<TrendView.PeriodScorecard> scored = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            LocalDate[] period = periods.get(i);
            RunDay run = standing.get(i);
            scored.add(run == null ? new TrendView.PeriodScorecard(period[0], period[1], null, null, List.of())
                    : new TrendView.PeriodScorecard(period[0], period[1], run.asOf(), run.id(),
                            ScorecardItems.of(counted.get(run.id()), by, scale)));
        }
        return Optional.of(new TrendView(by.id(), group, every.toString(), start, end, new EnumMap<>(scale.getScores()),
                scored));
    }

    /** For each period, the last run as of its end or before (null before the first run). */
    private static List<RunDay> standingAtEachEnd(List<RunDay> history, List<LocalDate[]> periods) {
        List<RunDay> standing = new ArrayList<>();
        int next = 0;
        RunDay last = null;
        for (LocalDate[] period : periods) {
            while (next < history.size() && !history.get(next).asOf().isAfter(period[1])) {
                last = history.get(next++);
            }
            standing.add(last);
        }
        return standing;
    }

    /** How large a trend may be: periods, and lines (a group in a period). */
    public record Limits(int periods, int lines) {
    }
}
