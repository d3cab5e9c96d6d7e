package org.commitmenttracker.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A trend's periods follow each other without gap or overlap from the first day on; the last is cut at the end. */
class TrendPeriodsTest {

    @Test
    void monthsFromTheFirstOfAMonthAreCalendarMonthsAndTheLastIsCut() {
        assertThat(periods(Period.ofMonths(1), "2024-01-01", "2024-03-15")).containsExactly(
                "2024-01-01..2024-01-31", "2024-02-01..2024-02-29", "2024-03-01..2024-03-15");
    }

    @Test
    void monthsFromTheEndOfAMonthFollowEachOtherWithoutGaps() {
        assertThat(periods(Period.ofMonths(1), "2023-01-31", "2023-04-30")).containsExactly(
                "2023-01-31..2023-02-27", "2023-02-28..2023-03-30", "2023-03-31..2023-04-29", "2023-04-30..2023-04-30");
    }

    @Test
    void aRangeShorterThanAPeriodIsOnePeriodAndOneDayIsOneDay() {
        assertThat(periods(Period.ofYears(1), "2024-05-05", "2024-05-06")).containsExactly("2024-05-05..2024-05-06");
        assertThat(periods(Period.ofDays(1), "2024-05-05", "2024-05-05")).containsExactly("2024-05-05..2024-05-05");
    }

    @Test
    void stopsOnePastTheMostPeriodsSoThatTooManyIsSeen() {
        assertThat(ScorecardTrend.periods(Period.ofDays(1), LocalDate.parse("2000-01-01"),
                LocalDate.parse("2030-01-01"), 10)).hasSize(11);
    }

    @Test
    void byDefaultTheLastTwelvePeriodsStartOnTheCalendarsBoundaries() {
        LocalDate end = LocalDate.parse("2026-12-03");
        assertThat(ScorecardTrend.lastTwelveFrom(Period.ofMonths(1), end)).isEqualTo("2026-01-01");
        assertThat(ScorecardTrend.lastTwelveFrom(Period.ofMonths(3), end)).isEqualTo("2024-03-01");
        assertThat(ScorecardTrend.lastTwelveFrom(Period.ofYears(1), end)).isEqualTo("2015-01-01");
        assertThat(ScorecardTrend.lastTwelveFrom(Period.ofDays(7), end)).isEqualTo("2026-09-17");
        assertThat(periods(Period.ofMonths(1), "2026-01-01", "2026-12-03")).hasSize(12)
                .endsWith("2026-12-01..2026-12-03");
    }

    private static List<String> periods(Period every, String from, String to) {
        return ScorecardTrend.periods(every, LocalDate.parse(from), LocalDate.parse(to), 400).stream()
                .map(p -> p[0] + ".." + p[1]).toList();
    }
}
