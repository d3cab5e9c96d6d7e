package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.event.Event;
import org.commitmenttracker.event.EventRepository;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.suggestion.SuggestionRepository;

/**
 * The events an evaluation reads: every trusted event known by the date, and the untrusted (machine-coded) events
 * staff confirmed, each counting only for the commitments it was confirmed for. A confirmed event also carries those
 * commitments' evidence topics, since datasets such as GDELT give none and staff have judged it on topic.
 */
@ApplicationScoped
public class EvidenceEvents {

    static final int CHUNK = 1_000;

    private final EventRepository events;
    private final SuggestionRepository suggestions;

    public EvidenceEvents(EventRepository events, SuggestionRepository suggestions) {
        this.events = events;
        this.suggestions = suggestions;
    }

    List<EventFact> knownOn(LocalDate asOf, FactAssembler facts, Map<String, CommitmentFact> judged) {
        List<EventFact> known = new ArrayList<>(events.trustedKnownOn(asOf).stream().map(facts::toFact).toList());
        Map<String, Set<String>> confirmed = suggestions.confirmedByEvent();
        List<String> ids = new ArrayList<>(confirmed.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Event e : events.untrustedKnownOn(asOf, ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                confirmedFact(e, confirmed.get(e.id), facts, judged).ifPresent(known::add);
            }
        }
        return known;
    }

    /** The facts of those of the events that are trusted and known by the date, as {@link #knownOn} reads them. */
    List<EventFact> trustedKnownOn(LocalDate asOf, FactAssembler facts, List<String> ids) {
        return events.list("trusted = true and date <= ?1 and id in ?2", asOf, ids).stream().map(facts::toFact).toList();
    }

    private static Optional<EventFact> confirmedFact(Event e, Set<String> commitmentIds, FactAssembler facts,
                                                                Map<String, CommitmentFact> judged) {
        Set<String> onlyFor = new LinkedHashSet<>();
        EventFact plain = facts.toFact(e);
        Set<String> topics = new LinkedHashSet<>(plain.getTopics());
        for (String id : commitmentIds) {
            CommitmentFact c = judged.get(id);
            if (c != null) {
                onlyFor.add(id);
                topics.addAll(c.getEvidence().getTopics());
            }
        }
        return onlyFor.isEmpty() ? Optional.empty() : Optional.of(new EventFact(plain.getId(),
                plain.getDate(), plain.getType(), plain.getParticipants(), topics, onlyFor));
    }
}
