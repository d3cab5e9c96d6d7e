package org.commitmenttracker.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.EventKey;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * The events by (topic, party, type), so that a session over some commitments receives only the keys and events
 * those commitments can match: a commitment only ever matches events under its own (topic, lookup party, accepted
 * type) keys. An event is filed under its own topics and type and every broader concept of the vocabulary, which is
 * how matching by concept stays an indexed equality join.
 */
final class EventIndex {

    /** Events by key; the EventKey objects themselves are made only for the keys a slice needs. */
    private final Map<Key, List<EventFact>> byKey = new HashMap<>();

    /** A (topic, party, type) under which events are looked up. */
    record Key(String topic, String party, String type) {
    }

    private final Vocabulary vocabulary;

    EventIndex(Collection<EventFact> events, Vocabulary vocabulary) {
        this.vocabulary = vocabulary == null ? Vocabulary.empty() : vocabulary;
        events.forEach(this::add);
    }

    void add(EventFact event) {
        keysOf(event).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(event));
    }

    /** Every key the event is found under: each of its topics and type, with their broader concepts. */
    List<Key> keysOf(EventFact event) {
        List<Key> keys = new ArrayList<>();
        Set<String> types = vocabulary.withBroader(Vocabulary.EVENT_TYPES, event.getType());
        Set<String> topics = new LinkedHashSet<>();
        event.getTopics().forEach(t -> topics.addAll(vocabulary.withBroader(Vocabulary.TOPICS, t)));
        for (String topic : topics) {
            for (String type : types) {
                keys.add(new Key(topic, EventKey.ANY_PARTY, type));
                event.getParticipants().forEach(party -> keys.add(new Key(topic, party, type)));
            }
        }
        return keys;
    }

    /**
     * The commitments ordered so that those looking events up under the same party and topics come together: a slice
     * of them then needs fewer distinct keys.
     */
    static List<CommitmentFact> byLookupKey(Collection<CommitmentFact> commitments) {
        record Sortable(String key, CommitmentFact commitment) {
        }
        return commitments.stream()
                .map(c -> new Sortable(c.getEvidenceLookupParty() + '\u0000' + String.join("\u0000",
                        c.getEvidence().getTopics()) + '\u0000' + c.getId(), c))
                .sorted(Comparator.comparing(Sortable::key)).map(Sortable::commitment).toList();
    }

    /**
     * The keys the commitments can match, each once, with only the events that can count: dated on or after the
     * earliest statement date among the commitments looking that key up, and not after the as-of date. Every rule
     * bounds the events it matches so (evidence from the term's start, which is the statement date or later, triggers
     * and goals after it, nothing after the as-of date; staff records of a trigger are refused before the statement),
     * and a session given fewer events has fewer joins to make.
     */
    List<EventKey> keysFor(Collection<CommitmentFact> commitments, LocalDate asOf) {
        Map<Key, LocalDate> earliest = new LinkedHashMap<>();
        commitments.forEach(c -> lookupKeysOf(c).forEach(key -> earliest.merge(key, c.getStatedOn(),
                (a, b) -> a.isBefore(b) ? a : b)));
        List<EventKey> keys = new ArrayList<>();
        earliest.forEach((key, from) -> byKey.getOrDefault(key, List.of()).forEach(event -> {
            if (!event.getDate().isBefore(from) && !event.getDate().isAfter(asOf)) {
                keys.add(new EventKey(key.topic(), key.party(), key.type(), event));
            }
        }));
        return keys;
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
