package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * A commitment as the rules see it. Optional fields are null when they do not apply to the kind:
 * a deadline (or a period counted from the start) for one-off commitments and requests, a cadence for
 * recurring ones, a review window for ongoing ones, a trigger for conditional ones.
 */
public final class CommitmentFact {

    private final String id;
    private final Kind kind;
    private final Kind underlyingKind;
    private final LocalDate statedOn;
    private final Set<String> actors;
    private final Set<String> addressees;
    private final Set<String> topics;
    private final LocalDate deadline;
    private final Period dueWithin;
    private final Period cadence;
    private final Period reviewWindow;
    private final Criteria evidence;
    private final Criteria trigger;
    private final String triggerDescription;
    private final TriggerRecord triggerRecord;
    private final Criteria goal;
    private final String goalDescription;
    private final boolean actsSeparately;

    CommitmentFact(CommitmentFactBuilder b) {
        this.id = b.id;
        this.kind = b.kind;
        this.underlyingKind = b.underlyingKind;
        this.statedOn = b.statedOn;
        this.actors = SortedSets.copyOf(b.actors);
        this.addressees = SortedSets.copyOf(b.addressees);
        this.topics = SortedSets.copyOf(b.topics);
        this.deadline = b.deadline;
        this.dueWithin = b.dueWithin;
        this.cadence = b.cadence;
        this.reviewWindow = b.reviewWindow;
        this.evidence = b.evidence;
        this.trigger = b.trigger;
        this.triggerDescription = b.triggerDescription;
        this.triggerRecord = b.triggerRecord;
        this.goal = b.goal;
        this.goalDescription = b.goalDescription;
        this.actsSeparately = b.actsSeparately;
    }

    public static CommitmentFactBuilder builder(String id, Kind kind, LocalDate statedOn) {
        return new CommitmentFactBuilder(id, kind, statedOn);
    }

    /** The kind the status rules apply: the underlying kind for a conditional commitment, else the kind itself. */
    public Kind getJudgedAs() {
        return kind == Kind.CONDITIONAL ? underlyingKind : kind;
    }

    /** Every party an evidence event must include: the evidence criteria's, and for a request the asked parties. */
    public Set<String> getPartiesRequired() {
        if (getJudgedAs() != Kind.REQUEST) {
            return evidence.getParties();
        }
        Set<String> all = new java.util.TreeSet<>(evidence.getParties());
        all.addAll(addressees);
        return SortedSets.copyOf(all);
    }

    /** The party under which evidence events are looked up ({@link Events}). */
    public String getEvidenceLookupParty() {
        return Events.lookupParty(getPartiesRequired());
    }

    /** The party under which trigger events are looked up ({@link Events}). */
    public String getTriggerLookupParty() {
        return trigger == null ? Events.ANY_PARTY : Events.lookupParty(trigger.getParties());
    }

    /** The deadline that applies when the commitment's term starts on the given day. */
    public LocalDate deadlineFrom(LocalDate start) {
        if (deadline != null) {
            return deadline;
        }
        return dueWithin == null ? null : start.plus(dueWithin);
    }

    /** The period after which the next evidence is expected: the cadence, else the review window, else the default. */
    public Period periodOr(Period defaultReviewWindow) {
        return switch (getJudgedAs()) {
            case RECURRING -> cadence;
            case ONGOING -> reviewWindow != null ? reviewWindow : defaultReviewWindow;
            default -> null;
        };
    }

    public String getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Kind getUnderlyingKind() {
        return underlyingKind;
    }

    public LocalDate getStatedOn() {
        return statedOn;
    }

    public Set<String> getActors() {
        return actors;
    }

    public Set<String> getAddressees() {
        return addressees;
    }

    public Set<String> getTopics() {
        return topics;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Period getDueWithin() {
        return dueWithin;
    }

    public Period getCadence() {
        return cadence;
    }

    public Period getReviewWindow() {
        return reviewWindow;
    }

    public Criteria getEvidence() {
        return evidence;
    }

    public Criteria getTrigger() {
        return trigger;
    }

    public String getTriggerDescription() {
        return triggerDescription;
    }

    /** The event that reaches the goal the commitment serves, fulfilling and ending it; null when it names none. */
    public Criteria getGoal() {
        return goal;
    }

    public String getGoalDescription() {
        return goalDescription;
    }

    /** Whether each actor acts separately ("each side will"), so that each is judged on its own evidence. */
    public boolean isActsSeparately() {
        return actsSeparately;
    }

    /** A builder holding every field of this commitment under another id, to derive a variant of it. */
    public CommitmentFactBuilder copyAs(String newId) {
        return CommitmentFactBuilder.copyOf(this, newId);
    }

    /** The party under which goal events are looked up ({@link Events}). */
    public String getGoalLookupParty() {
        return goal == null ? Events.ANY_PARTY : Events.lookupParty(goal.getParties());
    }

    /** Staff's latest record that the trigger was met, or null. */
    public TriggerRecord getTriggerRecord() {
        return triggerRecord;
    }

    @Override
    public String toString() {
        return id + " (" + kind + ", stated " + statedOn + ")";
    }
}
