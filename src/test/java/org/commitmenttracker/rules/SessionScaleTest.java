package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Test;

/**
 * Many facts in one session: Drools compiles a constraint to bytecode once it has been evaluated often enough, so
 * the date comparisons must give the same answers after that as before.
 */
class SessionScaleTest {

    static final LocalDate STATED = LocalDate.of(2020, 1, 1);
    static final LocalDate AS_OF = LocalDate.of(2022, 6, 1);
    static final Kind[] KINDS = {Kind.ONE_OFF, Kind.RECURRING, Kind.ONGOING};

    @Test
    void everyCommitmentIsJudgedTheSameInALargeSessionAsAlone() {
        List<CommitmentFact> commitments = new ArrayList<>();
        List<EventFact> events = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String topic = "topic-" + i;
            Kind kind = KINDS[i % KINDS.length];
            commitments.add(CommitmentFact.builder("c-" + i, kind, STATED)
                    .deadline(LocalDate.of(2021, 1, 1)).cadence(Period.ofYears(1)).reviewWindow(Period.ofYears(1))
                    .topics(Set.of(topic)).evidence(new Criteria(Set.of("meeting"), Set.of(topic), Set.of("KOR")))
                    .build());
            if (i % 2 == 0) {
                events.add(new EventFact("e-" + i, STATED.plusDays(200 + i), "meeting", Set.of("KOR"), Set.of(topic)));
            }
        }
        List<Decision> together = ShippedRules.get().decide(commitments, events, AS_OF);

        assertThat(together).hasSize(commitments.size());
        for (int i = 0; i < commitments.size(); i++) {
            Decision alone = ShippedRules.get().decide(List.of(commitments.get(i)), events, AS_OF).get(0);
            assertThat(together.get(i)).as("commitment %d", i).isEqualTo(alone);
        }
        assertThat(together).extracting(Decision::status).contains(Status.FULFILLED, Status.OVERDUE, Status.STALLED);
    }
}
