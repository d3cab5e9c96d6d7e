package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every event of an evaluation, filed by (topic, party, type) and in date order, inserted once per session. Rules
 * gather a commitment's events with {@code EventFact( ... ) from $events.filedUnder( topics, party, types, from, to )}:
 * the lookup is a hash lookup and a date range, so no rule compares every commitment with every event, and events
 * are not facts of the session, which keeps a session small whatever the number of events. An event is filed under
 * each of its topics and its type and every broader concept of them (see rules/vocabulary/), under each participant
 * and under {@link #ANY_PARTY}, so an event on defence-industry is found under defence too, never the other way round.
 */
public final class Events {

    /** The party under which every event is filed, whoever took part: for criteria that name no party. */
    public static final String ANY_PARTY = "*";

    /** Where the events come from: the engine's index of them, each list in {@link EventFact#CHRONOLOGICAL} order. */
    @FunctionalInterface
    public interface Filing {
        List<EventFact> under(String topic, String party, String type);
    }

    private final Filing filing;

    public Events(Filing filing) {
        this.filing = filing;
    }

    /** The party to look events up by for criteria requiring these parties: the first of them, else any. */
    public static String lookupParty(Collection<String> requiredParties) {
        return requiredParties.stream().sorted().findFirst().orElse(ANY_PARTY);
    }

    /**
     * The events filed under the party and any of the topics and types, dated from {@code from} to {@code to}, both
     * days included, each once and oldest first: the events that can meet criteria on those topics and types
     * requiring that party in that time.
     */
    public List<EventFact> filedUnder(Collection<String> topics, String party, Collection<String> types,
                                      LocalDate from, LocalDate to) {
        List<List<EventFact>> found = new ArrayList<>();
        for (String topic : topics) {
            for (String type : types) {
                List<EventFact> dated = dated(filing.under(topic, party, type), from, to);
                if (!dated.isEmpty()) {
                    found.add(dated);
                }
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        List<EventFact> all = new ArrayList<>();
        found.forEach(all::addAll);
        return EventFact.chronologicalOnce(all);
    }

    private static List<EventFact> dated(List<EventFact> chronological, LocalDate from, LocalDate to) {
        int first = firstOnOrAfter(chronological, from);
        int end = firstOnOrAfter(chronological, to.plusDays(1));
        return first >= end ? List.of() : chronological.subList(first, end);
    }

    /** The index of the first event dated on or after the day (binary search), or the size if none is. */
    private static int firstOnOrAfter(List<EventFact> chronological, LocalDate day) {
        int low = 0;
        int high = chronological.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (chronological.get(middle).getDate().isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Override
    public String toString() {
        return "the events, filed by topic, party and type";
    }
}
