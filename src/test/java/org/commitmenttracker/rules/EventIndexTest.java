package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Events;
import org.junit.jupiter.api.Test;

/** Rules find an event under its own concepts and the broader ones, each party and any, within a date range. */
class EventIndexTest {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 10);
    private static final LocalDate FAR_PAST = LocalDate.of(1945, 1, 1);
    private static final LocalDate FAR_FUTURE = LocalDate.of(2100, 1, 1);

    @Test
    void anEventIsFoundUnderBroaderTopicsAndTypesButNotNarrowerOnes() {
        Events events = index(ShippedRules.event("industry-consultation", DAY, "consultation", Set.of("KOR", "JPN"),
                Set.of("defence-industry")), ShippedRules.event("defence-meeting", DAY, "meeting",
                Set.of("KOR", "JPN"), Set.of("defence")));

        assertThat(ids(events.filedUnder(Set.of("defence"), "KOR", Set.of("meeting"), FAR_PAST, FAR_FUTURE)))
                .containsExactly("defence-meeting", "industry-consultation");
        assertThat(ids(events.filedUnder(Set.of("defence-industry"), "KOR", Set.of("consultation"), FAR_PAST,
                FAR_FUTURE))).containsExactly("industry-consultation");
    }

    @Test
    void anEventIsFoundUnderEachParticipantAndAnyPartyOnly() {
        Events events = index(ShippedRules.event("e-1", DAY, "meeting", Set.of("KOR", "JPN"), Set.of("defence")));

        assertThat(ids(events.filedUnder(Set.of("defence"), "JPN", Set.of("meeting"), DAY, DAY))).containsExactly("e-1");
        assertThat(ids(events.filedUnder(Set.of("defence"), Events.ANY_PARTY, Set.of("meeting"), DAY, DAY)))
                .containsExactly("e-1");
        assertThat(events.filedUnder(Set.of("defence"), "IND", Set.of("meeting"), DAY, DAY)).isEmpty();
    }

    @Test
    void theDateRangeIncludesBothOfItsDays() {
        LocalDate to = DAY.plusDays(30);
        Events events = index(meeting("day-before", DAY.minusDays(1)), meeting("first-day", DAY),
                meeting("last-day", to), meeting("day-after", to.plusDays(1)));

        assertThat(ids(events.filedUnder(Set.of("defence"), "KOR", Set.of("meeting"), DAY, to)))
                .containsExactly("first-day", "last-day");
        assertThat(events.filedUnder(Set.of("defence"), "KOR", Set.of("meeting"), to.plusDays(2), to.plusDays(9)))
                .isEmpty();
    }

    @Test
    void anEventUnderTwoOfTheKeysComesOnceInDateOrder() {
        Events events = index(meeting("late", DAY.plusDays(5)),
                ShippedRules.event("both-topics", DAY.plusDays(2), "meeting", Set.of("KOR"), Set.of("defence", "un")),
                ShippedRules.event("un-only", DAY.plusDays(1), "meeting", Set.of("KOR"), Set.of("un")),
                ShippedRules.event("consultation", DAY.plusDays(3), "consultation", Set.of("KOR"), Set.of("un")));

        assertThat(ids(events.filedUnder(Set.of("defence", "un"), "KOR", Set.of("meeting", "consultation"),
                FAR_PAST, FAR_FUTURE))).containsExactly("un-only", "both-topics", "consultation", "late");
    }

    @Test
    void eventsFiledLaterAreFoundInDateOrder() {
        EventIndex index = new EventIndex(List.of(meeting("second", DAY.plusDays(2))), FAR_FUTURE,
                ShippedRules.get().vocabulary());
        Events events = index.asFacts();
        index.add(meeting("third", DAY.plusDays(3)));
        index.add(meeting("first", DAY.plusDays(1)));

        assertThat(ids(events.filedUnder(Set.of("defence"), "KOR", Set.of("meeting"), FAR_PAST, FAR_FUTURE)))
                .containsExactly("first", "second", "third");
    }

    @Test
    void eventsAfterTheAsOfDateAreNotFiled() {
        EventIndex index = new EventIndex(List.of(meeting("as-of", DAY), meeting("day-after", DAY.plusDays(1))), DAY,
                ShippedRules.get().vocabulary());
        index.add(meeting("added-later", DAY.plusDays(2)));

        assertThat(ids(index.asFacts().filedUnder(Set.of("defence"), "KOR", Set.of("meeting"), FAR_PAST, FAR_FUTURE)))
                .containsExactly("as-of");
    }

    @Test
    void keysOfSequentiallyNamedConceptsHashApart() {
        Set<Integer> hashes = new HashSet<>();
        List<EventIndex.Key> keys = new ArrayList<>();
        for (int topic = 0; topic < 300; topic++) {
            for (int party = 0; party < 200; party++) {
                keys.add(new EventIndex.Key("topic-" + topic, "actor-" + party, "meeting"));
            }
        }
        keys.forEach(key -> hashes.add(key.hashCode()));

        assertThat(hashes).hasSizeGreaterThan(keys.size() * 99 / 100);
    }

    private static Events index(EventFact... events) {
        return new EventIndex(List.of(events), FAR_FUTURE, ShippedRules.get().vocabulary()).asFacts();
    }

    private static EventFact meeting(String id, LocalDate date) {
        return ShippedRules.event(id, date, "meeting", Set.of("KOR", "IND"), Set.of("defence"));
    }

    private static List<String> ids(List<EventFact> events) {
        return events.stream().map(EventFact::getId).toList();
    }
}
