package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventKey;
import org.commitmenttracker.rules.facts.Kind;
import org.junit.jupiter.api.Test;

/** A session receives only the events that can count: from the earliest statement looking them up to the as-of date. */
class EventIndexTest {

    private static final LocalDate STATED = LocalDate.of(2021, 3, 10);
    private static final LocalDate AS_OF = LocalDate.of(2022, 1, 1);

    @Test
    void eventsBeforeTheStatementOrAfterTheAsOfDateAreLeftOut() {
        EventIndex index = new EventIndex(List.of(ShippedRules.meeting("day-before", STATED.minusDays(1)),
                ShippedRules.meeting("stated-day", STATED), ShippedRules.meeting("as-of", AS_OF),
                ShippedRules.meeting("day-after", AS_OF.plusDays(1))), ShippedRules.get().vocabulary());

        assertThat(eventIds(index.keysFor(List.of(commitment("c-1", STATED)), AS_OF)))
                .containsOnly("stated-day", "as-of");
    }

    @Test
    void aKeySharedByCommitmentsKeepsEventsFromTheEarliestStatement() {
        EventIndex index = new EventIndex(List.of(ShippedRules.meeting("early", STATED.minusDays(30)),
                ShippedRules.meeting("late", STATED.plusDays(30))), ShippedRules.get().vocabulary());

        assertThat(eventIds(index.keysFor(List.of(commitment("c-late", STATED.plusDays(10)),
                commitment("c-early", STATED.minusDays(40))), AS_OF))).containsOnly("early", "late");
        assertThat(eventIds(index.keysFor(List.of(commitment("c-late", STATED.plusDays(10))), AS_OF)))
                .containsOnly("late");
    }

    private static CommitmentFact commitment(String id, LocalDate stated) {
        return CommitmentFact.builder(id, Kind.ONGOING, stated).actors(Set.of("KOR", "IND")).topics(Set.of("defence"))
                .evidence(new Criteria(Set.of("meeting"), Set.of("defence"), Set.of("KOR", "IND"))).build();
    }

    private static List<String> eventIds(List<EventKey> keys) {
        return keys.stream().map(k -> k.getEvent().getId()).distinct().toList();
    }
}
