package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
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

/** "Each side will": every actor is judged on its own evidence, and the whole is fulfilled only when each is. */
class PerPartyRulesTest {

    static final LocalDate STATED = LocalDate.of(2021, 1, 7);
    static final LocalDate DEADLINE = LocalDate.of(2021, 12, 10);
    static final CommitmentFact EACH_SIDE = commitment(Kind.ONE_OFF, STATED).deadline(DEADLINE).actsSeparately(true)
            .build();
    static final EventFact KOREA_ALONE = event("e-kor", LocalDate.of(2021, 6, 1), "meeting", Set.of("KOR", "UN"),
            Set.of("defence"));
    static final EventFact INDIA_ALONE = event("e-ind", DEADLINE, "agreement", Set.of("IND"), Set.of("defence"));

    @Test
    void eachActorIsJudgedOnItsOwnEvidenceAndTheWholeTakesTheMostUrgentShare() {
        Decision onTheDeadline = decide(EACH_SIDE, DEADLINE, KOREA_ALONE);
        assertThat(onTheDeadline.status()).isEqualTo(Status.DUE_SOON);
        assertThat(onTheDeadline.parties()).extracting(PartyDecision::party, PartyDecision::status)
                .containsExactly(tuple("IND", Status.DUE_SOON),
                        tuple("KOR", Status.FULFILLED));
        assertThat(onTheDeadline.explanation()).startsWith("Judged per actor, each acting separately: IND DUE_SOON:");
        assertThat(onTheDeadline.evidenceIds()).containsExactly("e-kor");

        Decision dayAfter = decide(EACH_SIDE, DEADLINE.plusDays(1), KOREA_ALONE);
        assertThat(dayAfter.status()).isEqualTo(Status.OVERDUE);
        assertThat(dayAfter.rule()).isEqualTo("Commitment without evidence by its deadline is overdue from the day after");
        assertThat(dayAfter.nextDue()).isEqualTo(DEADLINE);
    }

    @Test
    void fulfilledOnlyOnceEveryActorIs() {
        Decision d = decide(EACH_SIDE, DEADLINE.plusDays(1), KOREA_ALONE, INDIA_ALONE);
        assertThat(d.status()).isEqualTo(Status.FULFILLED);
        assertThat(d.rule()).isEqualTo("Commitment whose actors act separately is fulfilled when every actor is");
        assertThat(d.evidenceIds()).containsExactly("e-ind", "e-kor");
        assertThat(d.parties()).extracting(PartyDecision::status).containsOnly(Status.FULFILLED);
        assertThat(d.nextDue()).isNull();
    }

    @Test
    void jointlyNeitherActorsEventAloneCounts() {
        CommitmentFact jointly = commitment(Kind.ONE_OFF, STATED).deadline(DEADLINE).build();
        Decision d = decide(jointly, DEADLINE.plusDays(1), KOREA_ALONE, INDIA_ALONE);
        assertThat(d.status()).isEqualTo(Status.OVERDUE);
        assertThat(d.parties()).isEmpty();
    }
}
