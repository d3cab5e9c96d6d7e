package org.commitmenttracker.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.EventKey;
import org.commitmenttracker.rules.facts.Kind;

/**
 * The events' keys by (topic, party), so that a session over some commitments receives only the keys and events
 * those commitments can match: a commitment only ever matches events under its own (topic, lookup party) keys.
 */
final class EventIndex {

    /** Events by key name; the EventKey objects themselves are made only for the keys a slice needs. */
    private final Map<String, List<EventFact>> byKey = new HashMap<>();

    EventIndex(Collection<EventFact> events) {
        for (EventFact event : events) {
            for (EventKey key : EventKey.keysOf(event)) {
                byKey.computeIfAbsent(name(key.getTopic(), key.getParty()), k -> new ArrayList<>()).add(event);
            }
        }
    }

    /** The keys the commitments can match, each once. */
    List<EventKey> keysFor(Collection<CommitmentFact> commitments) {
        Set<List<String>> needed = new LinkedHashSet<>();
        for (CommitmentFact c : commitments) {
            c.getEvidence().getTopics().forEach(t -> needed.add(List.of(t, c.getEvidenceLookupParty())));
            if (c.getKind() == Kind.CONDITIONAL) {
                c.getTrigger().getTopics().forEach(t -> needed.add(List.of(t, c.getTriggerLookupParty())));
            }
        }
        List<EventKey> keys = new ArrayList<>();
        for (List<String> key : needed) {
            byKey.getOrDefault(name(key.get(0), key.get(1)), List.of())
                    .forEach(event -> keys.add(new EventKey(key.get(0), key.get(1), event)));
        }
        return keys;
    }

    private static String name(String topic, String party) {
        return topic + '\u0000' + party;
    }
}
