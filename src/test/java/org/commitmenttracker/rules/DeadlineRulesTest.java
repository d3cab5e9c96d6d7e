package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.rules.ShippedRules.commitment;
import static org.commitmenttracker.rules.ShippedRules.decide;
import static org.commitmenttracker.rules.ShippedRules.meeting;

import java.time.LocalDate;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Test;

/** One-off commitments at the edges of their deadline and of the 30-day due-soon window. */
class DeadlineRulesTest {

    static final LocalDate STATED = LocalDate.of(2021, 1, 7);
    static final LocalDate DEADLINE = LocalDate.of(2021, 12, 10);
    static final CommitmentFact ONE_OFF = commitment(Kind.ONE_OFF, STATED).deadline(DEADLINE).build();

    @Test
    void pendingTheDayBeforeTheDueSoonWindowOpens() {
        Decision d = decide(ONE_OFF, DEADLINE.minusDays(31));
        assertThat(d.status()).isEqualTo(Status.PENDING);
        assertThat(d.rule()).isEqualTo("Commitment without evidence whose deadline is beyond the due-soon window is pending");
        assertThat(d.nextDue()).isEqualTo(DEADLINE);
    }

    @Test
    void dueSoonOnTheDayTheWindowOpens() {
        Decision d = decide(ONE_OFF, DEADLINE.minusDays(30));
        assertThat(d.status()).isEqualTo(Status.DUE_SOON);
        assertThat(d.explanation()).contains("2021-12-10", "30 day(s) away");
    }

    @Test
    void dueSoonTheDayBeforeTheDeadline() {
        assertThat(decide(ONE_OFF, DEADLINE.minusDays(1)).status()).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void dueSoonOnTheDeadlineItself() {
        assertThat(decide(ONE_OFF, DEADLINE).status()).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void overdueTheDayAfterTheDeadlineWithoutEvidence() {
        Decision d = decide(ONE_OFF, DEADLINE.plusDays(1));
        assertThat(d.status()).isEqualTo(Status.OVERDUE);
        assertThat(d.rule()).isEqualTo("Commitment without evidence by its deadline is overdue from the day after");
        assertThat(d.explanation()).contains("2021-12-10", "overdue for 1 day(s)");
    }

    @Test
    void fulfilledByAnEventOnTheDeadline() {
        Decision d = decide(ONE_OFF, DEADLINE.plusDays(1), meeting("e-on", DEADLINE));
        assertThat(d.status()).isEqualTo(Status.FULFILLED);
        assertThat(d.evidenceIds()).containsExactly("e-on");
        assertThat(d.explanation()).contains("e-on", "2021-12-10");
    }

    @Test
    void fulfilledStaysFulfilledLongAfterTheDeadline() {
        Decision d = decide(ONE_OFF, DEADLINE.plusYears(3), meeting("e-early", STATED.plusDays(1)));
        assertThat(d.status()).isEqualTo(Status.FULFILLED);
        assertThat(d.evidenceIds()).containsExactly("e-early");
    }

    @Test
    void anEventTheDayAfterTheDeadlineDoesNotFulfil() {
        Decision d = decide(ONE_OFF, DEADLINE.plusDays(2), meeting("e-late", DEADLINE.plusDays(1)));
        assertThat(d.status()).isEqualTo(Status.OVERDUE);
        assertThat(d.evidenceIds()).containsExactly("e-late");
        assertThat(d.explanation()).contains("Later events do not count: e-late");
    }

    @Test
    void aDeadlineCountedFromTheStatementWhenGivenAsAPeriod() {
        CommitmentFact withinAYear = commitment(Kind.ONE_OFF, STATED).dueWithin(java.time.Period.ofYears(1)).build();
        assertThat(decide(withinAYear, STATED.plusYears(1)).status()).isEqualTo(Status.DUE_SOON);
        assertThat(decide(withinAYear, STATED.plusYears(1).plusDays(1)).status()).isEqualTo(Status.OVERDUE);
    }
}
