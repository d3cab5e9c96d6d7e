package org.commitmenttracker.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;

/**
 * The commitments and events of one evaluation as of a date, kept indexed so that a new event re-decides only the
 * commitments it can affect: those that look events up under one of the new event's (topic, party, type) keys.
 * Each update runs the rules over those commitments and the events they can match, so its cost follows the
 * commitments concerned, not the size of the whole corpus. Not thread-safe: one writer at a time.
 */
public final class IncrementalEvaluation {

    private final RuleBase rules;
    private final LocalDate asOf;
    private final EventIndex events;
    private final Map<EventIndex.Key, List<CommitmentFact>> commitmentsByKey = new HashMap<>();

    public IncrementalEvaluation(RuleBase rules, Collection<CommitmentFact> commitments,
                                 Collection<EventFact> events, LocalDate asOf) {
        this.rules = rules;
        this.asOf = asOf;
        this.events = new EventIndex(events, asOf, rules.vocabulary());
        for (CommitmentFact c : commitments) {
            for (CommitmentFact share : PartySplit.shares(List.of(c))) {
                EventIndex.lookupKeysOf(share).forEach(key -> commitmentsByKey
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(c));
            }
        }
    }

    /** Records the event and returns fresh decisions for every commitment it can affect (none if dated later). */
    public List<Decision> add(EventFact event) {
        if (event.getDate().isAfter(asOf)) {
            return List.of();
        }
        events.add(event);
        Set<CommitmentFact> affected = new LinkedHashSet<>();
        this.events.keysOf(event).forEach(key -> affected.addAll(commitmentsByKey.getOrDefault(key, List.of())));
        if (affected.isEmpty()) {
            return List.of();
        }
        List<CommitmentFact> concerned = List.copyOf(affected);
        List<CommitmentFact> shares = PartySplit.shares(concerned);
        Map<String, Decision> byId = new HashMap<>();
        rules.decideSlice(shares, events.asFacts(), asOf).forEach(d -> byId.put(d.commitmentId(), d));
        return PartySplit.combine(concerned, byId);
    }
}
