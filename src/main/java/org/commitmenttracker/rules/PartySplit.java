package org.commitmenttracker.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.Status;

/**
 * Commitments whose actors act separately ("each side will", "both countries will support") are judged per actor:
 * each actor's share is decided by the rules as a commitment of its own, on evidence that need include only that
 * actor, and the shares are then combined. The whole is fulfilled only when every actor's share is; otherwise it
 * takes the most urgent share's status, rule and due date, and its explanation leads with that share.
 */
final class PartySplit {

    /** Joins a commitment id and an actor into the id of that actor's share; no stored id contains it. */
    static final String SEPARATOR = "\u001f";

    /** Most urgent first: the status the whole takes when not every share is fulfilled. */
    private static final List<Status> URGENCY = List.of(Status.OVERDUE, Status.STALLED, Status.DUE_SOON,
            Status.PENDING, Status.ON_TRACK, Status.IN_PROGRESS, Status.DORMANT, Status.UNDECIDED, Status.FULFILLED);

    static final String ALL_FULFILLED = "Commitment whose actors act separately is fulfilled when every actor is";

    private PartySplit() {
    }

    /** The commitments as the rules judge them: joint ones as they are, separate ones as one share per actor. */
    static List<CommitmentFact> shares(Collection<CommitmentFact> commitments) {
        List<CommitmentFact> shares = new ArrayList<>(commitments.size());
        for (CommitmentFact c : commitments) {
            if (!c.isActsSeparately() || c.getActors().size() < 2) {
                shares.add(c);
                continue;
            }
            for (String actor : c.getActors()) {
                Set<String> parties = new TreeSet<>(c.getEvidence().getParties());
                parties.removeAll(c.getActors());
                parties.add(actor);
                Criteria own = new Criteria(c.getEvidence().getEventTypes(), c.getEvidence().getTopics(), parties);
                shares.add(c.copyAs(c.getId() + SEPARATOR + actor).actors(Set.of(actor)).evidence(own)
                        .actsSeparately(false).build());
            }
        }
        return shares;
    }

    /** One decision per commitment, in the given order, each share's decisions combined into its commitment's. */
    static List<Decision> combine(Collection<CommitmentFact> commitments, Map<String, Decision> byShareId) {
        List<Decision> decisions = new ArrayList<>(commitments.size());
        for (CommitmentFact c : commitments) {
            Decision joint = byShareId.get(c.getId());
            decisions.add(joint != null ? joint : combine(c, c.getActors().stream()
                    .map(actor -> byShareId.get(c.getId() + SEPARATOR + actor)).toList()));
        }
        return decisions;
    }

    private static Decision combine(CommitmentFact c, List<Decision> shares) {
        List<PartyDecision> parties = shares.stream().map(d -> new PartyDecision(actorOf(d), d.status(), d.rule(),
                d.explanation(), d.evidenceIds(), d.nextDue())).toList();
        boolean allFulfilled = shares.stream().allMatch(d -> d.status() == Status.FULFILLED);
        Decision lead = shares.stream().min(Comparator.comparingInt((Decision d) -> URGENCY.indexOf(d.status()))
                .thenComparing(d -> d.nextDue() == null ? java.time.LocalDate.MAX : d.nextDue())).orElseThrow();
        List<Decision> ordered = new ArrayList<>(shares);
        ordered.remove(lead);
        ordered.add(0, lead);
        StringBuilder explanation = new StringBuilder(allFulfilled ? "Fulfilled by every actor, each acting "
                + "separately: " : "Judged per actor, each acting separately: ");
        Set<String> evidence = new LinkedHashSet<>();
        Set<String> fired = new LinkedHashSet<>();
        for (Decision d : ordered) {
            explanation.append(actorOf(d)).append(" ").append(d.status()).append(": ").append(d.explanation())
                    .append(d == ordered.get(ordered.size() - 1) ? "" : " ");
            evidence.addAll(d.evidenceIds());
            fired.addAll(d.firedRules());
        }
        return new Decision(c.getId(), allFulfilled ? Status.FULFILLED : lead.status(),
                allFulfilled ? ALL_FULFILLED : lead.rule(), explanation.toString(),
                evidence.stream().sorted().toList(), allFulfilled ? null : lead.nextDue(), lead.occurrences(),
                List.copyOf(fired), lead.resolution(), lead.termStart(), lead.triggerEventId(), parties);
    }

    private static String actorOf(Decision share) {
        return share.commitmentId().substring(share.commitmentId().indexOf(SEPARATOR) + 1);
    }
}
