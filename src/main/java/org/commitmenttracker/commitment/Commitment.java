package org.commitmenttracker.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.vocabulary.TermNote;
import org.commitmenttracker.vocabulary.TermNotesConverter;

/** Who promised what, to whom, by when or how often, under what condition, quoted from which release. */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    public String id;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Column(name = "stated_on", nullable = false)
    public LocalDate statedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "underlying_kind")
    public Kind underlyingKind;

    @ElementCollection
    @CollectionTable(name = "commitment_actor", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "code")
    @OrderBy
    public Set<String> actors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "commitment_addressee", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "code")
    @OrderBy
    public Set<String> addressees = new LinkedHashSet<>();

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String quote;

    @ElementCollection
    @CollectionTable(name = "commitment_topic", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "topic")
    @OrderBy
    public Set<String> topics = new LinkedHashSet<>();

    public LocalDate deadline;

    @Column(name = "deadline_note")
    public String deadlineNote;

    @Column(name = "due_within")
    public Period dueWithin;

    public Period cadence;

    @Column(name = "cadence_note")
    public String cadenceNote;

    @Column(name = "review_window")
    public Period reviewWindow;

    @Convert(converter = CriteriaConverter.class)
    @Column(nullable = false)
    public Criteria evidence;

    @Column(name = "trigger_description")
    public String triggerDescription;

    @Convert(converter = CriteriaConverter.class)
    @Column(name = "trigger_criteria")
    public Criteria trigger;

    /** Whether each actor acts separately ("each side will"), so that each is judged on its own evidence. */
    @Column(name = "acts_separately", nullable = false)
    public boolean actsSeparately;

    /** What the commitment serves, in words: once an event meeting {@link #goal} happens, it is fulfilled. */
    @Column(name = "goal_description")
    public String goalDescription;

    @Convert(converter = CriteriaConverter.class)
    @Column(name = "goal_criteria")
    public Criteria goal;

    /** The words given where they differ from the concept ids stored (provenance); empty when none did. */
    @Convert(converter = TermNotesConverter.class)
    @Column(name = "terms_as_given", length = 100000)
    public List<TermNote> termsAsGiven = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
