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
                        @Schema(description = "False for events from machine-coded datasets: they count only where "
                                + "staff confirmed them") boolean trusted,
                        @Schema(description = "The import that brought it; absent for events recorded by hand")
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long importId,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer mentions,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer sourceCount,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer articles,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sourceUrls,
                        @Schema(description = "Dataset codes that did not resolve to a concept, as field=code")
                        @JsonInclude(JsonInclude.Include.NON_NULL) String rawCodes,
                        @Schema(description = "Terms given in other words than the concept ids above")
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TermNote> termsAsGiven,
                        @Schema(description = "On creation only: terms stored uncontrolled, with close concepts")
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TermWarning> warnings) {

    public static EventView of(Event e) {
        return new EventView(e.id, e.date, e.type, e.title, new TreeSet<>(e.participants), new TreeSet<>(e.topics),
                e.citation, e.note, e.trusted, e.importId, e.mentions, e.sourceCount, e.articles,
                List.copyOf(e.sourceUrls), e.rawCodes, List.copyOf(e.termsAsGiven), List.of());
    }

    /** The same view with the warnings of its creation. */
    public EventView withWarnings(List<TermWarning> creationWarnings) {
        return new EventView(id, date, type, title, participants, topics, citation, note, trusted, importId, mentions,
                sourceCount, articles, sourceUrls, rawCodes, termsAsGiven, List.copyOf(creationWarnings));
    }
}
