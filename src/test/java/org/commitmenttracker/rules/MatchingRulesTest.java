package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.rules.ShippedRules.commitment;
import static org.commitmenttracker.rules.ShippedRules.decide;
import static org.commitmenttracker.rules.ShippedRules.event;

import java.time.LocalDate;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Test;

/** An event counts only if its date, type, topic and participants all match. */
class MatchingRulesTest {

    static final LocalDate STATED = LocalDate.of(2021, 1, 7);
    static final LocalDate DEADLINE = LocalDate.of(2021, 12, 10);
    static final LocalDate AS_OF = DEADLINE.plusDays(1);
    static final LocalDate INSIDE = LocalDate.of(2021, 6, 1);
    static final CommitmentFact ONE_OFF = commitment(Kind.ONE_OFF, STATED).deadline(DEADLINE).build();

    static Status statusWith(EventFact event) {
        return decide(ONE_OFF, AS_OF, event).status();
    }

    @Test
    void aMatchingEventCounts() {
        assertThat(statusWith(event("e", INSIDE, "agreement", Set.of("KOR", "IND", "JPN"), Set.of("defence", "trade"))))
                .isEqualTo(Status.FULFILLED);
    }

    @Test
    void anEventOfAnotherTypeDoesNotCount() {
        assertThat(statusWith(event("e", INSIDE, "call", Set.of("KOR", "IND"), Set.of("defence"))))
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void anEventWithoutASharedTopicDoesNotCount() {
        assertThat(statusWith(event("e", INSIDE, "meeting", Set.of("KOR", "IND"), Set.of("trade"))))
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void anEventMissingARequiredPartyDoesNotCount() {
        assertThat(statusWith(event("e", INSIDE, "meeting", Set.of("KOR"), Set.of("defence"))))
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void anEventOnTheStatementDayDoesNotCount() {
        assertThat(statusWith(event("e", STATED, "meeting", Set.of("KOR", "IND"), Set.of("defence"))))
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void anEventTheDayAfterTheStatementCounts() {
        assertThat(statusWith(event("e", STATED.plusDays(1), "meeting", Set.of("KOR", "IND"), Set.of("defence"))))
                .isEqualTo(Status.FULFILLED);
    }

    @Test
    void anEventAfterTheAsOfDateIsNotYetKnown() {
        LocalDate asOf = LocalDate.of(2021, 6, 1);
        EventFact tomorrow = event("e", asOf.plusDays(1), "meeting", Set.of("KOR", "IND"), Set.of("defence"));
        assertThat(decide(ONE_OFF, asOf, tomorrow).status()).isEqualTo(Status.PENDING);
        assertThat(decide(ONE_OFF, asOf.plusDays(1), tomorrow).status()).isEqualTo(Status.FULFILLED);
    }

    @Test
    void eachCommitmentIsJudgedOnlyByItsOwnEvidence() {
        CommitmentFact trade = CommitmentFact.builder("c-trade", Kind.ONE_OFF, STATED).deadline(DEADLINE)
                .evidence(new org.commitmenttracker.rules.facts.Criteria(Set.of("meeting"), Set.of("trade"), Set.of("KOR")))
                .build();
        EventFact defenceMeeting = event("e", INSIDE, "meeting", Set.of("KOR", "IND"), Set.of("defence"));
        var decisions = ShippedRules.get().decide(java.util.List.of(ONE_OFF, trade), java.util.List.of(defenceMeeting), AS_OF);
        assertThat(decisions).extracting(Decision::commitmentId, Decision::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c-1", Status.FULFILLED),
                        org.assertj.core.groups.Tuple.tuple("c-trade", Status.OVERDUE));
    }
}
