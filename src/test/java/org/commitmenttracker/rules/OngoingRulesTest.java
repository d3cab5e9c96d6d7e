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

/** Ongoing commitments at the end of their review window. */
class OngoingRulesTest {

    static final LocalDate STATED = LocalDate.of(2020, 7, 10);
    static final CommitmentFact SIX_MONTHLY = commitment(Kind.ONGOING, STATED).reviewWindow(Period.ofMonths(6)).build();

    @Test
    void inProgressOnTheLastDayOfTheWindowWithoutEvidence() {
        Decision d = decide(SIX_MONTHLY, LocalDate.of(2021, 1, 10));
        assertThat(d.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(d.nextDue()).isEqualTo(LocalDate.of(2021, 1, 10));
    }

    @Test
    void stalledTheDayAfterTheWindowWithoutEvidence() {
        Decision d = decide(SIX_MONTHLY, LocalDate.of(2021, 1, 11));
        assertThat(d.status()).isEqualTo(Status.STALLED);
        assertThat(d.rule()).isEqualTo("Ongoing commitment with no evidence within its review window is stalled");
        assertThat(d.explanation()).contains("2021-01-10", "P6M", "Stalled for 1 day(s)");
    }

    @Test
    void evidenceKeepsItInProgressForAnotherWindow() {
        LocalDate last = LocalDate.of(2021, 1, 5);
        assertThat(decide(SIX_MONTHLY, LocalDate.of(2021, 7, 4), meeting("e-1", last)).status())
                .isEqualTo(Status.IN_PROGRESS);
        Decision day = decide(SIX_MONTHLY, LocalDate.of(2021, 7, 5), meeting("e-1", last));
        assertThat(day.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(day.evidenceIds()).containsExactly("e-1");
        assertThat(decide(SIX_MONTHLY, LocalDate.of(2021, 7, 6), meeting("e-1", last)).status())
                .isEqualTo(Status.STALLED);
    }

    @Test
    void usesTheDefaultReviewWindowWhenNoneIsGiven() {
        CommitmentFact noWindow = commitment(Kind.ONGOING, STATED).build();
        Period defaultWindow = ShippedRules.get().parameters().getDefaultReviewWindow();
        LocalDate end = STATED.plus(defaultWindow);
        assertThat(decide(noWindow, end).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(decide(noWindow, end.plusDays(1)).status()).isEqualTo(Status.STALLED);
    }
}
