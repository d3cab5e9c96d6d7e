package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/** Builds a {@link CommitmentFact}; only id, kind and statement date are required. */
public final class CommitmentFactBuilder {
    final String id;
    final Kind kind;
    final LocalDate statedOn;
    Kind underlyingKind;
    Set<String> actors = Set.of();
    Set<String> addressees = Set.of();
    Set<String> topics = Set.of();
    LocalDate deadline;
    Period dueWithin;
    Period cadence;
    Period reviewWindow;
    Criteria evidence = new Criteria(Set.of(), Set.of(), Set.of());
    Criteria trigger;
    String triggerDescription;
    TriggerRecord triggerRecord;
    Criteria goal;
    String goalDescription;
    boolean actsSeparately;

    CommitmentFactBuilder(String id, Kind kind, LocalDate statedOn) {
        this.id = id;
        this.kind = kind;
        this.statedOn = statedOn;
    }

    /** A builder holding every field of the fact under another id. */
    static CommitmentFactBuilder copyOf(CommitmentFact c, String newId) {
        CommitmentFactBuilder b = new CommitmentFactBuilder(newId, c.getKind(), c.getStatedOn())
                .underlyingKind(c.getUnderlyingKind()).actors(c.getActors()).addressees(c.getAddressees())
                .topics(c.getTopics()).deadline(c.getDeadline()).dueWithin(c.getDueWithin()).cadence(c.getCadence())
                .reviewWindow(c.getReviewWindow()).evidence(c.getEvidence()).triggerRecord(c.getTriggerRecord())
                .actsSeparately(c.isActsSeparately());
        if (c.getTrigger() != null) {
            b.trigger(c.getTrigger(), c.getTriggerDescription());
        }
        if (c.getGoal() != null) {
            b.goal(c.getGoal(), c.getGoalDescription());
        }
        return b;
    }

    public CommitmentFactBuilder underlyingKind(Kind value) {
        this.underlyingKind = value;
        return this;
    }

    public CommitmentFactBuilder actors(Set<String> value) {
        this.actors = value;
        return this;
    }

    public CommitmentFactBuilder addressees(Set<String> value) {
        this.addressees = value;
        return this;
    }

    public CommitmentFactBuilder topics(Set<String> value) {
        this.topics = value;
        return this;
    }

    public CommitmentFactBuilder deadline(LocalDate value) {
        this.deadline = value;
        return this;
    }

    public CommitmentFactBuilder dueWithin(Period value) {
        this.dueWithin = value;
        return this;
    }

    public CommitmentFactBuilder cadence(Period value) {
        this.cadence = value;
        return this;
    }

    public CommitmentFactBuilder reviewWindow(Period value) {
        this.reviewWindow = value;
        return this;
    }

    public CommitmentFactBuilder evidence(Criteria value) {
        this.evidence = value;
        return this;
    }

    public CommitmentFactBuilder actsSeparately(boolean value) {
        this.actsSeparately = value;
        return this;
    }

    public CommitmentFactBuilder goal(Criteria value, String description) {
        this.goal = value;
        this.goalDescription = description;
        return this;
    }

    public CommitmentFactBuilder triggerRecord(TriggerRecord value) {
        this.triggerRecord = value;
        return this;
    }

    public CommitmentFactBuilder trigger(Criteria value, String description) {
        this.trigger = value;
        this.triggerDescription = description;
        return this;
    }

    public CommitmentFact build() {
        return new CommitmentFact(this);
    }
}
