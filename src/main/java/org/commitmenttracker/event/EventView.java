package org.commitmenttracker.event;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** An event as the API shows it. */
public record EventView(String id, LocalDate date, String type, String title, Set<String> participants,
                        Set<String> topics, String citation, String note) {

    public static EventView of(Event e) {
        return new EventView(e.id, e.date, e.type, e.title, new TreeSet<>(e.participants), new TreeSet<>(e.topics),
                e.citation, e.note);
    }
}
