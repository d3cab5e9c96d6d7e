package org.commitmenttracker.commitment;

import java.util.Set;
import java.util.TreeSet;

/** Stored form of what an event must look like to count (as evidence or as a trigger). */
public record Criteria(Set<String> eventTypes, Set<String> topics, Set<String> parties) {

    public Criteria {
        eventTypes = new TreeSet<>(eventTypes == null ? Set.of() : eventTypes);
        topics = new TreeSet<>(topics == null ? Set.of() : topics);
        parties = new TreeSet<>(parties == null ? Set.of() : parties);
    }
}
