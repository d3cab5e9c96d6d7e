package org.commitmenttracker.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.commitmenttracker.vocabulary.TermNote;
import org.commitmenttracker.vocabulary.TermWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An event as the API shows it. */
public record EventView(String id, LocalDate date, String type, String title, Set<String> participants,
                        Set<String> topics, String citation, String note,
                        @Schema(description = "Terms given in other words than the concept ids above")
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TermNote> termsAsGiven,
                        @Schema(description = "On creation only: terms stored uncontrolled, with close concepts")
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TermWarning> warnings) {

    public static EventView of(Event e) {
        return new EventView(e.id, e.date, e.type, e.title, new TreeSet<>(e.participants), new TreeSet<>(e.topics),
                e.citation, e.note, List.copyOf(e.termsAsGiven), List.of());
    }

    /** The same view with the warnings of its creation. */
    public EventView withWarnings(List<TermWarning> creationWarnings) {
        return new EventView(id, date, type, title, participants, topics, citation, note, termsAsGiven,
                List.copyOf(creationWarnings));
    }
}
