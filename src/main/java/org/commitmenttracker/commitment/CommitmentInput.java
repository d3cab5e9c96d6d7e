package org.commitmenttracker.commitment;

import static org.commitmenttracker.vocabulary.Vocabulary.EVENT_TYPES;
import static org.commitmenttracker.vocabulary.Vocabulary.PARTIES;
import static org.commitmenttracker.vocabulary.Vocabulary.TOPICS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.commitmenttracker.http.Ids;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.vocabulary.TermResolver;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commitment to record. Which optional fields are required depends on the kind; see {@link KindRequirements}. */
@KindRequirements
@Schema(description = "A commitment to record; the fields a kind needs are checked together")
public record CommitmentInput(
        @Schema(description = "Stable id; generated when omitted", examples = "kor-ind-global-issues-consultation")
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
        @Schema(description = "Id of the release it is quoted from") @NotBlank String sourceId,
        @Schema(description = "The day the commitment was made") @NotNull LocalDate statedOn,
        @Schema(description = "Who committed (or asked)", examples = "[\"KOR\", \"IND\"]")
        @NotEmpty @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> actors,
        @Schema(description = "To whom; for a request, the asked parties")
        @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> addressees,
        @NotNull Kind kind,
        @Schema(description = "For CONDITIONAL only: how it is judged once triggered") Kind underlyingKind,
        @Schema(description = "What was promised, in our own words") @NotBlank @Size(max = 1000) String summary,
        @Schema(description = "The short clause quoted from the release") @NotBlank @Size(max = 2000) String quote,
        @NotEmpty @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> topics,
        @Schema(description = "ONE_OFF or REQUEST: the last day to act") LocalDate deadline,
        @Schema(description = "How the deadline was read from the release") @Size(max = 500) String deadlineNote,
        @Schema(description = "ONE_OFF or REQUEST: a deadline counted from the term's start", examples = "P1Y")
        Period dueWithin,
        @Schema(description = "RECURRING: the cadence", examples = "P1Y") Period cadence,
        @Schema(description = "Why this cadence, when the release names none") @Size(max = 500) String cadenceNote,
        @Schema(description = "ONGOING: how recent evidence must be; the rules' default when omitted", examples = "P6M")
        Period reviewWindow,
        @NotNull @Valid EvidenceInput evidence,
        @Schema(description = "CONDITIONAL only: the event that starts its term") @Valid EventCriteriaInput trigger,
        @Schema(description = "ONGOING or RECURRING only: the goal it serves; the event that reaches it fulfils "
                + "and ends the commitment") @Valid EventCriteriaInput goal,
        @Schema(description = "true when each actor acts separately (\"each side will\", \"both countries will "
                + "support\"): each is judged on its own evidence, and the commitment is fulfilled only when every "
                + "actor is; false (jointly) when omitted") Boolean actorsActSeparately) {

    /** The kind the status rules apply: the underlying kind of a conditional commitment. */
    public Kind judgedAs() {
        return kind == Kind.CONDITIONAL ? underlyingKind : kind;
    }

    /** The same commitment with every term resolved to its concept id (or stored uncontrolled) by the vocabulary. */
    public CommitmentInput resolvedBy(TermResolver.Terms terms) {
        return new CommitmentInput(id, sourceId, statedOn, terms.all(PARTIES, "actors", actors),
                terms.all(PARTIES, "addressees", addressees), kind, underlyingKind, summary, quote,
                terms.all(TOPICS, "topics", topics), deadline, deadlineNote, dueWithin, cadence, cadenceNote,
                reviewWindow, evidence == null ? null : evidence.resolvedBy(terms),
                trigger == null ? null : trigger.resolvedBy(terms, "trigger"),
                goal == null ? null : goal.resolvedBy(terms, "goal"), actorsActSeparately);
    }

    /** The same commitment, citing the given source and (unless it has its own) dated on that source's day. */
    public CommitmentInput citing(String source, LocalDate sourceDate) {
        return new CommitmentInput(id, sourceId == null ? source : sourceId, statedOn == null ? sourceDate : statedOn,
                actors, addressees, kind, underlyingKind, summary, quote, topics, deadline, deadlineNote, dueWithin,
                cadence, cadenceNote, reviewWindow, evidence, trigger, goal, actorsActSeparately);
    }

    /** The record to store: a generated id when none was given; evidence criteria with their defaults filled in. */
    public Commitment toEntity() {
        Commitment c = new Commitment();
        c.id = id != null ? id : Ids.newId("c");
        c.sourceId = sourceId;
        c.statedOn = statedOn;
        c.kind = kind;
        c.underlyingKind = underlyingKind;
        c.actors.addAll(actors);
        c.addressees.addAll(orEmpty(addressees));
        c.summary = summary == null ? null : summary.strip();
        c.quote = quote == null ? null : quote.strip();
        c.topics.addAll(topics);
        c.deadline = deadline;
        c.deadlineNote = deadlineNote;
        c.dueWithin = dueWithin;
        c.cadence = cadence;
        c.cadenceNote = cadenceNote;
        c.reviewWindow = reviewWindow;
        c.evidence = effectiveEvidence();
        if (trigger != null) {
            c.triggerDescription = trigger.description().strip();
            c.trigger = trigger.toCriteria();
        }
        if (goal != null) {
            c.goalDescription = goal.description().strip();
            c.goal = goal.toCriteria();
        }
        c.actsSeparately = Boolean.TRUE.equals(actorsActSeparately);
        c.createdAt = Instant.now();
        return c;
    }

    /** Evidence topics default to the commitment's topics; parties to its actors, except for requests. */
    private Criteria effectiveEvidence() {
        Set<String> evidenceTopics = evidence.topics() == null || evidence.topics().isEmpty() ? topics : evidence.topics();
        Set<String> parties = evidence.parties() != null ? evidence.parties()
                : judgedAs() == Kind.REQUEST ? Set.of() : actors;
        return new Criteria(evidence.eventTypes(), evidenceTopics, parties);
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : values;
    }

    /** Which events count as evidence. */
    @Schema(name = "EvidenceInput", description = "Which events count as evidence")
    public record EvidenceInput(
            @Schema(examples = "[\"meeting\", \"consultation\"]")
            @NotEmpty @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> eventTypes,
            @Schema(description = "Defaults to the commitment's topics")
            @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> topics,
            @Schema(description = "Who must take part; defaults to the actors (for a request: none besides the asked parties, who are always required)")
            @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> parties) {

        EvidenceInput resolvedBy(TermResolver.Terms terms) {
            return new EvidenceInput(terms.all(EVENT_TYPES, "evidence.eventTypes", eventTypes),
                    terms.all(TOPICS, "evidence.topics", topics), terms.all(PARTIES, "evidence.parties", parties));
        }
    }

    /** An event described in words and by criteria: what wakes a conditional commitment, or reaches its goal. */
    @Schema(name = "EventCriteriaInput", description = "An event in words and by criteria: a conditional commitment's "
            + "trigger, or the event that reaches a commitment's goal")
    public record EventCriteriaInput(
            @Schema(examples = "the COVID-19 situation stabilizes") @NotBlank @Size(max = 500) String description,
            @NotEmpty @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> eventTypes,
            @NotEmpty @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> topics,
            @Schema(description = "Who must take part; none when omitted")
            @Size(max = Ids.LIST_MAX) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> parties) {

        EventCriteriaInput resolvedBy(TermResolver.Terms terms, String field) {
            return new EventCriteriaInput(description, terms.all(EVENT_TYPES, field + ".eventTypes", eventTypes),
                    terms.all(TOPICS, field + ".topics", topics), terms.all(PARTIES, field + ".parties", parties));
        }

        Criteria toCriteria() {
            return new Criteria(eventTypes, topics, orEmpty(parties));
        }
    }
}
