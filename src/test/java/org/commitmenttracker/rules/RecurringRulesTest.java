package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.rules.ShippedRules.commitment;
import static org.commitmenttracker.rules.ShippedRules.decide;
import static org.commitmenttracker.rules.ShippedRules.meeting;

import java.time.LocalDate;
import java.time.Period;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Test;

/** Recurring commitments at the end of each cadence, counted from the statement or the last occurrence. */
class RecurringRulesTest {

    static final LocalDate STATED = LocalDate.of(2021, 1, 7);
    static final CommitmentFact YEARLY = commitment(Kind.RECURRING, STATED).cadence(Period.ofYears(1)).build();
    static final LocalDate FIRST_DUE = LocalDate.of(2022, 1, 7);

    @Test
    void onTrackTheDayBeforeTheFirstCadenceEnds() {
        Decision d = decide(YEARLY, FIRST_DUE.minusDays(1));
        assertThat(d.status()).isEqualTo(Status.ON_TRACK);
        assertThat(d.nextDue()).isEqualTo(FIRST_DUE);
        assertThat(d.occurrences()).isZero();
    }

    @Test
    void onTrackOnTheDayTheCadenceEnds() {
        assertThat(decide(YEARLY, FIRST_DUE).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void overdueWhenNoMeetingWithinCadence() {
        Decision d = decide(YEARLY, FIRST_DUE.plusDays(1));
        assertThat(d.status()).isEqualTo(Status.OVERDUE);
        assertThat(d.rule()).isEqualTo("Recurring commitment with no occurrence within its cadence is overdue");
        assertThat(d.nextDue()).isEqualTo(FIRST_DUE);
        assertThat(d.explanation()).contains("due by 2022-01-07", "P1Y", "no matching event since it was stated on 2021-01-07");
    }

    @Test
    void anOccurrenceRestartsTheCadence() {
        LocalDate held = LocalDate.of(2021, 11, 1);
        LocalDate nextDue = held.plusYears(1);
        Decision before = decide(YEARLY, nextDue, meeting("e-2", held));
        assertThat(before.status()).isEqualTo(Status.ON_TRACK);
        assertThat(before.nextDue()).isEqualTo(nextDue);
        assertThat(before.occurrences()).isEqualTo(1);
        assertThat(before.evidenceIds()).containsExactly("e-2");

        assertThat(decide(YEARLY, nextDue.plusDays(1), meeting("e-2", held)).status()).isEqualTo(Status.OVERDUE);
    }

    @Test
    void countsEveryOccurrenceAndDatesTheNextFromTheLatest() {
        Decision d = decide(YEARLY, LocalDate.of(2023, 6, 1),
                meeting("e-3", LocalDate.of(2022, 12, 1)), meeting("e-2", LocalDate.of(2021, 12, 1)));
        assertThat(d.status()).isEqualTo(Status.ON_TRACK);
        assertThat(d.occurrences()).isEqualTo(2);
        assertThat(d.evidenceIds()).containsExactly("e-2", "e-3");
        assertThat(d.nextDue()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void theMeetingThatMadeTheStatementIsNotAnOccurrence() {
        Decision d = decide(YEARLY, FIRST_DUE.plusDays(1), meeting("e-1", STATED));
        assertThat(d.status()).isEqualTo(Status.OVERDUE);
        assertThat(d.occurrences()).isZero();
    }
}
