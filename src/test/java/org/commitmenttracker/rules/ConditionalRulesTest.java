package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.rules.ShippedRules.commitment;
import static org.commitmenttracker.rules.ShippedRules.decide;
import static org.commitmenttracker.rules.ShippedRules.event;
import static org.commitmenttracker.rules.ShippedRules.meeting;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Test;

/** Conditional commitments sleep until their trigger, then are judged as their underlying kind from its date. */
class ConditionalRulesTest {

    static final LocalDate STATED = LocalDate.of(2020, 5, 19);
    static final Criteria STABILISES = new Criteria(Set.of("statement"), Set.of("covid-19-recovery"), Set.of());
    static final CommitmentFact AFTER_RECOVERY = commitment(Kind.CONDITIONAL, STATED)
            .underlyingKind(Kind.ONGOING).reviewWindow(Period.ofMonths(6))
            .trigger(STABILISES, "the COVID-19 situation stabilizes").build();
    static final LocalDate TRIGGERED = LocalDate.of(2023, 5, 5);

    static EventFact recovery(String id, LocalDate date) {
        return event(id, date, "statement", Set.of("UN"), Set.of("covid-19-recovery"));
    }

    @Test
    void dormantWhileNoEventMeetsTheTrigger() {
        Decision d = decide(AFTER_RECOVERY, LocalDate.of(2026, 1, 1), meeting("e-unrelated", LocalDate.of(2021, 1, 1)));
        assertThat(d.status()).isEqualTo(Status.DORMANT);
        assertThat(d.rule()).isEqualTo("Conditional commitment whose trigger has not happened is dormant");
        assertThat(d.explanation()).contains("the COVID-19 situation stabilizes");
    }

    @Test
    void dormantTheDayBeforeItsTriggerIsKnown() {
        assertThat(decide(AFTER_RECOVERY, TRIGGERED.minusDays(1), recovery("e-t", TRIGGERED)).status())
                .isEqualTo(Status.DORMANT);
    }

    @Test
    void judgedAsItsUnderlyingKindFromTheTriggerDate() {
        Decision onTheDay = decide(AFTER_RECOVERY, TRIGGERED, recovery("e-t", TRIGGERED));
        assertThat(onTheDay.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(onTheDay.explanation()).contains("trigger event e-t on 2023-05-05");
        assertThat(onTheDay.nextDue()).isEqualTo(LocalDate.of(2023, 11, 5));

        assertThat(decide(AFTER_RECOVERY, LocalDate.of(2023, 11, 5), recovery("e-t", TRIGGERED)).status())
                .isEqualTo(Status.IN_PROGRESS);
        assertThat(decide(AFTER_RECOVERY, LocalDate.of(2023, 11, 6), recovery("e-t", TRIGGERED)).status())
                .isEqualTo(Status.STALLED);
    }

    @Test
    void theEarliestTriggerEventStartsTheTerm() {
        LocalDate earlier = TRIGGERED.minusMonths(2);
        Decision d = decide(AFTER_RECOVERY, LocalDate.of(2023, 9, 6),
                recovery("e-later", TRIGGERED), recovery("e-earlier", earlier));
        assertThat(d.status()).isEqualTo(Status.STALLED);
        assertThat(d.explanation()).contains("e-earlier");
    }

    @Test
    void evidenceBeforeTheTriggerDoesNotCount() {
        Decision d = decide(AFTER_RECOVERY, LocalDate.of(2023, 11, 6),
                recovery("e-t", TRIGGERED), meeting("e-before", TRIGGERED.minusDays(1)));
        assertThat(d.status()).isEqualTo(Status.STALLED);
        assertThat(d.evidenceIds()).isEmpty();
    }

    @Test
    void aConditionalOneOffGetsItsDeadlineCountedFromTheTrigger() {
        CommitmentFact visitWithinAYear = commitment(Kind.CONDITIONAL, STATED).underlyingKind(Kind.ONE_OFF)
                .dueWithin(Period.ofYears(1)).trigger(STABILISES, "recovery").build();
        Decision d = decide(visitWithinAYear, TRIGGERED.plusYears(1).plusDays(1), recovery("e-t", TRIGGERED));
        assertThat(d.status()).isEqualTo(Status.OVERDUE);
        assertThat(d.nextDue()).isEqualTo(TRIGGERED.plusYears(1));
    }
}
