package org.commitmenttracker.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.evaluation.EventFactSource;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.vocabulary.Vocabulary;

/** The stored events as evaluation reads them. */
@ApplicationScoped
class StoredEventFacts implements EventFactSource {

    private final EventRepository events;

    StoredEventFacts(EventRepository events) {
        this.events = events;
    }

    @Override
    public List<EventFact> trustedKnownOn(LocalDate day, Vocabulary vocabulary) {
        return facts(events.trustedKnownOn(day), vocabulary);
    }

    @Override
    public List<EventFact> trustedKnownOn(LocalDate day, Collection<String> ids, Vocabulary vocabulary) {
        return facts(events.list("trusted = true and date <= ?1 and id in ?2", day, ids), vocabulary);
    }

    @Override
    public List<EventFact> untrustedKnownOn(LocalDate day, Collection<String> ids, Vocabulary vocabulary) {
        return facts(events.untrustedKnownOn(day, ids), vocabulary);
    }

    @Override
    public List<EventFact> latestTrustedKnownOn(LocalDate day, int limit, Vocabulary vocabulary) {
        return facts(events.latestTrustedKnownOn(day, limit), vocabulary);
    }

    private static List<EventFact> facts(List<Event> stored, Vocabulary vocabulary) {
        EventFacts facts = new EventFacts(vocabulary);
        return stored.stream().map(facts::toFact).toList();
    }
}
