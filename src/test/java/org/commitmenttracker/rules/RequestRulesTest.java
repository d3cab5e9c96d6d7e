package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.rules.ShippedRules.decide;
import static org.commitmenttracker.rules.ShippedRules.event;

import java.time.LocalDate;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.CommitmentFactBuilder;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Test;

/** A request counts as answered only by an event in which the asked party takes part. */
class RequestRulesTest {

    static final LocalDate ASKED = LocalDate.of(2021, 1, 7);
    static final LocalDate MINISTERIAL = LocalDate.of(2021, 12, 10);
    static final Criteria PEACEKEEPING = new Criteria(Set.of("meeting"), Set.of("peacekeeping"), Set.of());

    static CommitmentFactBuilder request() {
        return CommitmentFact.builder("r-1", Kind.REQUEST, ASKED).actors(Set.of("KOR")).addressees(Set.of("IND"))
                .topics(Set.of("peacekeeping")).evidence(PEACEKEEPING);
    }

    @Test
    void theRequesterActingAloneDoesNotAnswerIt() {
        Decision d = decide(request().deadline(MINISTERIAL).build(), MINISTERIAL.plusDays(1),
                event("e-host", LocalDate.of(2021, 12, 7), "meeting", Set.of("KOR"), Set.of("peacekeeping")));
        assertThat(d.status()).isEqualTo(Status.OVERDUE);
        assertThat(d.evidenceIds()).isEmpty();
    }

    @Test
    void theAskedPartyTakingPartByTheDeadlineFulfilsIt() {
        Decision d = decide(request().deadline(MINISTERIAL).build(), MINISTERIAL.plusDays(1),
                event("e-joined", LocalDate.of(2021, 12, 7), "meeting", Set.of("KOR", "IND", "UN"), Set.of("peacekeeping")));
        assertThat(d.status()).isEqualTo(Status.FULFILLED);
        assertThat(d.evidenceIds()).containsExactly("e-joined");
    }

    @Test
    void withoutADeadlineItIsPendingUntilAnswered() {
        CommitmentFact open = request().build();
        Decision pending = decide(open, LocalDate.of(2030, 1, 1));
        assertThat(pending.status()).isEqualTo(Status.PENDING);
        assertThat(pending.explanation()).contains("IND");

        Decision answered = decide(open, LocalDate.of(2030, 1, 1),
                event("e-answer", LocalDate.of(2022, 3, 1), "meeting", Set.of("IND"), Set.of("peacekeeping")));
        assertThat(answered.status()).isEqualTo(Status.FULFILLED);
        assertThat(answered.rule()).isEqualTo("Request without a deadline answered by the asked party is fulfilled");
    }
}
