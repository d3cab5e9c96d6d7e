package org.commitmenttracker.commitment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.commitmenttracker.evaluation.OutcomeView;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.source.SourceView;
import org.commitmenttracker.vocabulary.TermNote;
import org.commitmenttracker.vocabulary.TermWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A commitment as the API shows it, with the outcome of the latest evaluation that judged it (null before any). */
public record CommitmentView(String id, SourceView source, LocalDate statedOn, Set<String> actors,
                             Set<String> addressees, Kind kind, Kind underlyingKind, String summary, String quote,
                             Set<String> topics, LocalDate deadline, String deadlineNote, Period dueWithin,
                             Period cadence, String cadenceNote, Period reviewWindow, Criteria evidence,
                             Trigger trigger,
                             @Schema(description = "The goal it serves, whose event fulfils and ends it")
                             @JsonInclude(JsonInclude.Include.NON_NULL) Trigger goal,
                             @Schema(description = "Each actor acts separately and is judged on its own evidence")
                             boolean actorsActSeparately, OutcomeView latestOutcome,
                             @Schema(description = "Terms given in other words than the concept ids above")
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TermNote> termsAsGiven,
                             @Schema(description = "On creation only: terms stored uncontrolled, with close concepts")
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TermWarning> warnings) {

    /** An event in words and by criteria: a conditional commitment's trigger, or the event that reaches its goal. */
    public record Trigger(String description, Set<String> eventTypes, Set<String> topics, Set<String> parties) {
    }

    public static CommitmentView of(Commitment c, SourceView source, OutcomeView latestOutcome) {
        Trigger trigger = c.trigger == null ? null : new Trigger(c.triggerDescription, c.trigger.eventTypes(),
                c.trigger.topics(), c.trigger.parties());
        Trigger goal = c.goal == null ? null : new Trigger(c.goalDescription, c.goal.eventTypes(), c.goal.topics(),
                c.goal.parties());
        return new CommitmentView(c.id, source, c.statedOn, new TreeSet<>(c.actors), new TreeSet<>(c.addressees),
                c.kind, c.underlyingKind, c.summary, c.quote, new TreeSet<>(c.topics), c.deadline, c.deadlineNote,
                c.dueWithin, c.cadence, c.cadenceNote, c.reviewWindow, c.evidence, trigger, goal, c.actsSeparately,
                latestOutcome,
                List.copyOf(c.termsAsGiven), List.of());
    }

    /** The same view with the warnings of its creation. */
    public CommitmentView withWarnings(List<TermWarning> creationWarnings) {
        return new CommitmentView(id, source, statedOn, actors, addressees, kind, underlyingKind, summary, quote, topics,
                deadline, deadlineNote, dueWithin, cadence, cadenceNote, reviewWindow, evidence, trigger, goal,
                actorsActSeparately, latestOutcome,
                termsAsGiven, List.copyOf(creationWarnings));
    }
}
