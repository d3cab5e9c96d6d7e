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
import org.commitmenttracker.rules.facts.TriggerRecord;
import org.junit.jupiter.api.Test;

/**
 * Conditional commitments sleep until their trigger is met (by staff's record, an event meeting the trigger, or the
 * promised action itself), then are judged as their underlying kind from that day.
 */
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
    void dormantWhileNoEventMeetsTheTriggerOrShowsThePromisedAction() {
        Decision d = decide(AFTER_RECOVERY, LocalDate.of(2026, 1, 1),
                event("e-unrelated", LocalDate.of(2021, 1, 1), "call", Set.of("UN"), Set.of("weather")));
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
    void thePromisedActionBeforeAnyTriggerEventMeetsTheTriggerAndCountsAsEvidence() {
        LocalDate resumed = TRIGGERED.minusMonths(3);
        EventFact[] events = {recovery("e-t", TRIGGERED), meeting("e-resumed", resumed)};

        assertThat(decide(AFTER_RECOVERY, resumed.minusDays(1), events).status()).isEqualTo(Status.DORMANT);
        Decision onTheDay = decide(AFTER_RECOVERY, resumed, events);
        assertThat(onTheDay.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(onTheDay.evidenceIds()).containsExactly("e-resumed");
        assertThat(onTheDay.triggerEventId()).isEqualTo("e-resumed");
        assertThat(onTheDay.explanation()).contains("by the promised action itself, e-resumed");
        assertThat(decide(AFTER_RECOVERY, resumed.plusMonths(6), events).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(decide(AFTER_RECOVERY, resumed.plusMonths(6).plusDays(1), events).status())
                .as("the later trigger event does not restart the term").isEqualTo(Status.STALLED);
    }

    @Test
    void onTheTriggerEventsDayThePromisedActionStartsTheTermAndCounts() {
        Decision d = decide(AFTER_RECOVERY, TRIGGERED, recovery("e-t", TRIGGERED), meeting("e-same-day", TRIGGERED));
        assertThat(d.triggerEventId()).isEqualTo("e-same-day");
        assertThat(d.evidenceIds()).containsExactly("e-same-day");
    }

    @Test
    void staffsRecordOutranksEventsFromTheDayItNames() {
        LocalDate recorded = TRIGGERED.plusDays(27);
        CommitmentFact withRecord = commitment(Kind.CONDITIONAL, STATED).underlyingKind(Kind.ONGOING)
                .reviewWindow(Period.ofMonths(6)).trigger(STABILISES, "the COVID-19 situation stabilizes")
                .triggerRecord(new TriggerRecord(recorded, "https://example.org/who-ends-emergency")).build();

        Decision before = decide(withRecord, recorded.minusDays(1), recovery("e-t", TRIGGERED));
        assertThat(before.explanation()).as("a record of a later day is not yet known")
                .contains("trigger event e-t on 2023-05-05");
        Decision d = decide(withRecord, recorded, recovery("e-t", TRIGGERED));
        assertThat(d.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(d.triggerEventId()).isNull();
        assertThat(d.nextDue()).isEqualTo(recorded.plusMonths(6));
        assertThat(d.explanation()).contains("staff recorded its trigger as met on " + recorded
                + " (https://example.org/who-ends-emergency)");
        assertThat(d.firedRules()).contains("A conditional commitment's trigger is met on the day staff recorded",
                "A conditional commitment's trigger is met by the first event that meets it");
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
