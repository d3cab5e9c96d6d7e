package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One (topic, party, type) under which an event can be looked up, so that the matching rules join events to
 * commitments on indexed equality instead of comparing every commitment with every event. The engine inserts one key
 * per topic and participant of each event, plus one per topic with {@link #ANY_PARTY} for criteria that name no
 * party; the type is the event's own.
 */
public final class EventKey {

    /** The party of keys that match whoever took part. */
    public static final String ANY_PARTY = "*";

    private final String topic;
    private final String party;
    private final EventFact event;

    public EventKey(String topic, String party, EventFact event) {
        this.topic = topic;
        this.party = party;
        this.event = event;
    }

    /** Every key of an event. */
    public static List<EventKey> keysOf(EventFact event) {
        List<EventKey> keys = new ArrayList<>();
        for (String topic : event.getTopics()) {
            keys.add(new EventKey(topic, ANY_PARTY, event));
            for (String party : event.getParticipants()) {
                keys.add(new EventKey(topic, party, event));
            }
        }
        return keys;
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

    public EventFact getEvent() {
        return event;
    }

    public LocalDate getDate() {
        return event.getDate();
    }

    public String getType() {
        return event.getType();
    }

    public boolean includesAll(Collection<String> parties) {
        return event.includesAll(parties);
    }

    @Override
    public String toString() {
        return event.getId() + " under " + topic + "/" + party;
    }
}
