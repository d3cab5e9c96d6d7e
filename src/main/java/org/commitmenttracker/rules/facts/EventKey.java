package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.util.Collection;

/**
 * One (topic, party, type) under which an event can be looked up, so that the matching rules join events to
 * commitments on indexed equality instead of comparing every commitment with every event. The engine inserts one key
 * per topic, type and participant of each event, plus one per topic and type with {@link #ANY_PARTY} for criteria
 * that name no party. Topics and types include every broader concept of the event's own (see
 * rules/vocabulary/), so an event on defence-industry is found under defence too, never the other way round.
 */
public final class EventKey {

    /** The party of keys that match whoever took part. */
    public static final String ANY_PARTY = "*";

    private final String topic;
    private final String party;
    private final String type;
    private final EventFact event;

    public EventKey(String topic, String party, String type, EventFact event) {
        this.topic = topic;
        this.party = party;
        this.type = type;
        this.event = event;
    }

    /** The party to look events up by for criteria requiring these parties: the first of them, else any. */
    public static String lookupParty(Collection<String> requiredParties) {
        return requiredParties.stream().sorted().findFirst().orElse(ANY_PARTY);
    }

    public String getTopic() {
        return topic;
    }

    public String getParty() {
        return party;
    }

    /** The event's type or a type broader than it. */
    public String getType() {
        return type;
    }

    public EventFact getEvent() {
        return event;
    }

    public LocalDate getDate() {
        return event.getDate();
    }

    public boolean includesAll(Collection<String> parties) {
        return event.includesAll(parties);
    }

    public boolean countsFor(String commitmentId) {
        return event.countsFor(commitmentId);
    }

    @Override
    public String toString() {
        return event.getId() + " under " + topic + "/" + party + "/" + type;
    }
}
