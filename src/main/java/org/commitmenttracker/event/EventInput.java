package org.commitmenttracker.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.commitmenttracker.http.Ids;
import org.commitmenttracker.vocabulary.TermResolver;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event to record. */
@Schema(description = "An event to record: it counts as evidence for every commitment whose criteria it meets")
public record EventInput(
        @Schema(description = "Stable id; generated when omitted") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id,
        @Schema(description = "The day it happened") @NotNull LocalDate date,
        @Schema(examples = "meeting") @NotBlank @Size(max = Ids.TERM_MAX) String type,
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Who took part", examples = "[\"KOR\", \"IND\"]")
        @NotEmpty @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> participants,
        @NotEmpty @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> topics,
        @Schema(description = "A source id or a public reference") @NotBlank @Size(max = 1000) String citation,
        @Schema(description = "How the date or facts were established, where the source is vague") @Size(max = 1000)
        String note) {

    /** The record to store; a generated id when none was given. */
    public Event toEntity() {
        Event event = new Event();
        event.id = id != null ? id : Ids.newId("e");
        event.date = date;
        event.type = type;
        event.title = title == null ? null : title.strip();
        event.participants.addAll(participants);
        event.topics.addAll(topics);
        event.citation = citation == null ? null : citation.strip();
        event.note = note;
        event.createdAt = Instant.now();
        return event;
    }

    /** The same event with every term resolved to its concept id (or stored uncontrolled) by the vocabulary. */
    public EventInput resolvedBy(TermResolver.Terms terms) {
        return new EventInput(id, date, terms.one(Vocabulary.EVENT_TYPES, "type", type), title,
                terms.all(Vocabulary.PARTIES, "participants", participants),
                terms.all(Vocabulary.TOPICS, "topics", topics), citation, note);
    }

    /** The same event, citing the given source unless it cites something itself. */
    public EventInput citing(String source) {
        return new EventInput(id, date, type, title, participants, topics, citation == null ? source : citation, note);
    }
}
