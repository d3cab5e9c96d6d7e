package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * The events an evaluation reads: every trusted event known by the date, and the untrusted (machine-coded) events
 * staff confirmed, each counting only for the commitments it was confirmed for. A confirmed event also carries those
 * commitments' evidence topics, since datasets such as GDELT give none and staff have judged it on topic.
 */
@ApplicationScoped
public class EvidenceEvents {

    static final int CHUNK = 1_000;

    private final EventFactSource events;
    private final ConfirmedSuggestions confirmations;

    public EvidenceEvents(EventFactSource events, ConfirmedSuggestions confirmations) {
        this.events = events;
        this.confirmations = confirmations;
    }

    List<EventFact> knownOn(LocalDate asOf, Vocabulary vocabulary, Map<String, CommitmentFact> judged) {
        List<EventFact> known = new ArrayList<>(events.trustedKnownOn(asOf, vocabulary));
        Map<String, Set<String>> confirmed = confirmations.commitmentsByEvent();
        List<String> ids = new ArrayList<>(confirmed.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (EventFact e : events.untrustedKnownOn(asOf, chunk, vocabulary)) {
                confirmedFact(e, confirmed.get(e.getId()), judged).ifPresent(known::add);
            }
        }
        return known;
    }

    /** The facts of those of the events that are trusted and known by the date, as {@link #knownOn} reads them. */
    List<EventFact> trustedKnownOn(LocalDate asOf, Vocabulary vocabulary, List<String> ids) {
        return events.trustedKnownOn(asOf, ids, vocabulary);
    }

    private static Optional<EventFact> confirmedFact(EventFact plain, Set<String> commitmentIds,
                                                     Map<String, CommitmentFact> judged) {
        Set<String> onlyFor = new LinkedHashSet<>();
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
