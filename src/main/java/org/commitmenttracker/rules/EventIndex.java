package org.commitmenttracker.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Events;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * The events by (topic, party, type), so that a session over some commitments receives only the keys and events
 * those commitments can match: a commitment only ever matches events under its own (topic, lookup party, accepted
 * type) keys. An event is filed under its own topics and type and every broader concept of the vocabulary, which is
 * how matching by concept stays an indexed equality join.
 */
final class EventIndex {

    /** Events by key. */
    private final Map<Key, List<EventFact>> byKey = new HashMap<>();

    /** A (topic, party, type) under which events are looked up. */
    record Key(String topic, String party, String type) {

        /**
         * Spreads keys whose parts differ by little: the hashes of "actor-11" and "actor-12" differ by one, so the
         * record's own 31-times combination makes thousands of keys collide and the index degrade to tree bins.
         */
        @Override
        public int hashCode() {
            return mix(mix(mix(topic.hashCode()) + party.hashCode()) + type.hashCode());
        }

        private static int mix(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 15);
        }
    }

    private final Vocabulary vocabulary;
    private final LocalDate asOf;

    /** The events dated on or before the as-of date; later ones cannot count and are left out. */
    EventIndex(Collection<EventFact> events, LocalDate asOf, Vocabulary vocabulary) {
        this.vocabulary = vocabulary == null ? Vocabulary.empty() : vocabulary;
        this.asOf = asOf;
        // Filed in date order, so that every list of the index is chronological without sorting each.
        events.stream().filter(this::inTime).sorted(EventFact.CHRONOLOGICAL).forEach(event -> keysOf(event)
                .forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(event)));
    }

    private boolean inTime(EventFact event) {
        return !event.getDate().isAfter(asOf);
    }

    /** Files one more event, keeping each list in date order; does nothing with an event dated after the as-of date. */
    void add(EventFact event) {
        if (!inTime(event)) {
            return;
        }
        keysOf(event).forEach(key -> {
            List<EventFact> filed = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            int at = Collections.binarySearch(filed, event, EventFact.CHRONOLOGICAL);
            filed.add(at < 0 ? -at - 1 : at, event);
        });
    }

    /** Every key the event is found under: each of its topics and type, with their broader concepts. */
    List<Key> keysOf(EventFact event) {
        List<Key> keys = new ArrayList<>();
        Set<String> types = vocabulary.withBroader(Vocabulary.EVENT_TYPES, event.getType());
        Set<String> topics = new LinkedHashSet<>();
        event.getTopics().forEach(t -> topics.addAll(vocabulary.withBroader(Vocabulary.TOPICS, t)));
        for (String topic : topics) {
            for (String type : types) {
                keys.add(new Key(topic, Events.ANY_PARTY, type));
                event.getParticipants().forEach(party -> keys.add(new Key(topic, party, type)));
            }
        }
        return keys;
    }

    /** The events as the fact rules look them up in; it reads this index, so it sees events added later. */
    Events asFacts() {
        return new Events((topic, party, type) -> byKey.getOrDefault(new Key(topic, party, type), List.of()));
    }

    /**
     * Every key under which the commitment looks events up: for evidence, for its trigger if conditional, and for
     * its goal if it serves one.
     */
    static Set<Key> lookupKeysOf(CommitmentFact c) {
        Set<Key> keys = new LinkedHashSet<>();
        addKeys(keys, c.getEvidence(), c.getEvidenceLookupParty());
        if (c.getKind() == Kind.CONDITIONAL) {
            addKeys(keys, c.getTrigger(), c.getTriggerLookupParty());
        }
        if (c.getGoal() != null) {
            addKeys(keys, c.getGoal(), c.getGoalLookupParty());
        }
        return keys;
    }

    private static void addKeys(Set<Key> needed, Criteria criteria, String party) {
        for (String topic : criteria.getTopics()) {
            criteria.getEventTypes().forEach(type -> needed.add(new Key(topic, party, type)));
        }
    }
}
