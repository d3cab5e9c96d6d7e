package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Something that happened: a meeting, visit, call, agreement, aid delivery, statement, election... */
public final class EventFact {

    /** Earliest first; events on the same day are ordered by id so that "first" is never ambiguous. */
    public static final Comparator<EventFact> CHRONOLOGICAL =
            Comparator.comparing(EventFact::getDate).thenComparing(EventFact::getId);

    private final String id;
    private final LocalDate date;
    private final String type;
    private final Set<String> participants;
    private final Set<String> topics;
    private final Set<String> onlyFor;

    public EventFact(String id, LocalDate date, String type, Set<String> participants, Set<String> topics) {
        this(id, date, type, participants, topics, Set.of());
    }

    /**
     * An event that counts only for the given commitments (an imported event staff confirmed for them); for every
     * commitment when the set is empty.
     */
    public EventFact(String id, LocalDate date, String type, Set<String> participants, Set<String> topics,
                     Set<String> onlyFor) {
        this.id = id;
        this.date = date;
        this.type = type;
        this.participants = SortedSets.copyOf(participants);
        this.topics = SortedSets.copyOf(topics);
        this.onlyFor = Set.copyOf(onlyFor);
    }

    public String getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getType() {
        return type;
    }

    public Set<String> getParticipants() {
        return participants;
    }

    public Set<String> getTopics() {
        return topics;
    }

    /** The commitments this event counts for alone (confirmed suggestions); empty when it counts for any. */
    public Set<String> getOnlyFor() {
        return onlyFor;
    }

    /** True when the event may count for the commitment: it is trusted, or staff confirmed it for that commitment. */
    public boolean countsFor(String commitmentId) {
        return onlyFor.isEmpty() || onlyFor.contains(commitmentId);
    }

    /** True when every one of the given parties took part in this event. */
    public boolean includesAll(Collection<String> parties) {
        return participants.containsAll(parties);
    }

    /** True when this event is about at least one of the given topics. */
    public boolean sharesTopicWith(Collection<String> otherTopics) {
        return !Collections.disjoint(topics, otherTopics);
    }

    /** The first of the events in {@link #CHRONOLOGICAL} order. */
    public static EventFact earliest(Collection<EventFact> events) {
        return events.stream().min(CHRONOLOGICAL).orElseThrow();
    }

    /**
     * The events in {@link #CHRONOLOGICAL} order, each once: an event gathered twice (found under two shared topics,
     * or under a type and its broader one) counts once.
     */
    public static List<EventFact> chronologicalOnce(Collection<EventFact> events) {
        List<EventFact> sorted = new ArrayList<>(events);
        sorted.sort(CHRONOLOGICAL); // merges runs already in order, as lists looked up by key are
        List<EventFact> once = new ArrayList<>(sorted.size());
        for (EventFact event : sorted) {
            if (once.isEmpty() || once.get(once.size() - 1) != event) {
                once.add(event);
            }
        }
        return Collections.unmodifiableList(once);
    }

    /** True when this event comes before the other in {@link #CHRONOLOGICAL} order. */
    public boolean isBefore(EventFact other) {
        return CHRONOLOGICAL.compare(this, other) < 0;
    }

    @Override
    public String toString() {
        return id + " (" + type + ", " + date + ")";
    }
}
