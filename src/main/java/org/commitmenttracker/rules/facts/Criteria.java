package org.commitmenttracker.rules.facts;

import java.util.Set;

/**
 * What an event must look like to count: one of the accepted types, at least one shared topic,
 * and every listed party among its participants. Used for evidence and for triggers.
 */
public final class Criteria {

    private final Set<String> eventTypes;
    private final Set<String> topics;
    private final Set<String> parties;

    public Criteria(Set<String> eventTypes, Set<String> topics, Set<String> parties) {
        this.eventTypes = SortedSets.copyOf(eventTypes);
        this.topics = SortedSets.copyOf(topics);
        this.parties = SortedSets.copyOf(parties);
    }

    public Set<String> getEventTypes() {
        return eventTypes;
    }

    public Set<String> getTopics() {
        return topics;
    }

    public Set<String> getParties() {
        return parties;
    }

    @Override
    public String toString() {
        return "types " + eventTypes + ", topics " + topics + ", parties " + parties;
    }
}
