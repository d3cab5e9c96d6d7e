package org.commitmenttracker.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.commitmenttracker.persistence.PendingImports;
import org.commitmenttracker.persistence.StringListConverter;
import org.commitmenttracker.vocabulary.TermNote;
import org.commitmenttracker.vocabulary.TermNotesConverter;
import org.hibernate.annotations.SQLRestriction;

/** Something that happened after a commitment was made: a meeting, visit, call, agreement, aid, election... */
@Entity
@Table(name = "event")
@SQLRestriction(PendingImports.HIDDEN)
public class Event {

    @Id
    public String id;

    @Column(name = "occurred_on", nullable = false)
    public LocalDate date;

    @Column(name = "event_type", nullable = false)
    public String type;

    @Column(nullable = false)
    public String title;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "code")
    @OrderBy
    public Set<String> participants = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "topic")
    @OrderBy
    public Set<String> topics = new LinkedHashSet<>();

    /** A source id or a public reference (an address, a document number). */
    @Column(nullable = false)
    public String citation;

    public String note;

    /** The import that created it; null for an event recorded by hand. */
    @Column(name = "import_id")
    public Long importId;

    /**
     * Whether it counts as evidence by itself. Events from machine-coded datasets do not: they count only for the
     * commitments for which staff confirmed them (see suggestion/).
     */
    @Column(nullable = false)
    public boolean trusted = true;

    /** How widely the dataset saw it reported: mentions, distinct sources and articles; null when not known. */
    public Integer mentions;

    @Column(name = "source_count")
    public Integer sourceCount;

    public Integer articles;

    /** Every source address the dataset gave for it, merged across rows. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "source_urls", length = 20000)
    public List<String> sourceUrls = new ArrayList<>();

    /** The dataset's codes that did not resolve to a concept, as "field=code", kept rather than dropped. */
    @Column(name = "raw_codes", length = 2000)
    public String rawCodes;

    /** Day, parties and type of an imported event: rows with the same key describe the same real event. */
    @Column(name = "dedupe_key", length = 1000)
    public String dedupeKey;

    /** The words given where they differ from the concept ids stored (provenance); empty when none did. */
    @Convert(converter = TermNotesConverter.class)
    @Column(name = "terms_as_given", length = 100000)
    public List<TermNote> termsAsGiven = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
