package org.commitmenttracker.event;

import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.vocabulary.Vocabulary;

/** Turns stored events into the plain facts the rules read, their terms resolved by the vocabulary in use. */
public final class EventFacts {

    private final Vocabulary vocabulary;

    public EventFacts(Vocabulary vocabulary) {
        this.vocabulary = vocabulary == null ? Vocabulary.empty() : vocabulary;
    }

    public EventFact toFact(Event e) {
        return new EventFact(e.id, e.date, vocabulary.conceptIdOf(Vocabulary.EVENT_TYPES, e.type),
                vocabulary.conceptIdsOf(Vocabulary.PARTIES, e.participants),
                vocabulary.conceptIdsOf(Vocabulary.TOPICS, e.topics));
    }
}
