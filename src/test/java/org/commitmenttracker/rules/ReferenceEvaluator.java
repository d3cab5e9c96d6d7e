package org.commitmenttracker.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Parameters;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.rules.facts.Events;
import org.commitmenttracker.rules.facts.TriggerRecord;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * The default rules' semantics written again in plain Java, with a hash index of events by (topic, participant or
 * anyone, type): the oracle the Drools rules are checked against, and the baseline their speed is compared with.
 */
final class ReferenceEvaluator {

    /** What the reference decides about one commitment. */
    record Verdict(String commitmentId, Status status, List<String> evidenceIds, LocalDate nextDue) {
    }

    /** Events by (topic, one participant or anyone, type): the engine's key, so both hash alike. */
    private final Map<EventIndex.Key, List<EventFact>> index = new HashMap<>();
    private final Parameters parameters;
    private final LocalDate asOf;

    /** Events are indexed under their own topics and type and every broader concept, as the vocabulary defines. */
    ReferenceEvaluator(Collection<EventFact> events, Parameters parameters, LocalDate asOf, Vocabulary vocabulary) {
        this.parameters = parameters;
        this.asOf = asOf;
        for (EventFact e : events) {
            if (!e.getDate().isAfter(asOf)) {
                Set<String> topics = new LinkedHashSet<>();
                e.getTopics().forEach(t -> topics.addAll(vocabulary.withBroader(Vocabulary.TOPICS, t)));
                for (String type : vocabulary.withBroader(Vocabulary.EVENT_TYPES, e.getType())) {
                    for (String topic : topics) {
                        add(new EventIndex.Key(topic, Events.ANY_PARTY, type), e);
                        e.getParticipants().forEach(p -> add(new EventIndex.Key(topic, p, type), e));
                    }
                }
            }
        }
    }

    private void add(EventIndex.Key key, EventFact event) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
    }

    List<Verdict> decide(Collection<CommitmentFact> commitments) {
        return commitments.stream().filter(c -> !c.getStatedOn().isAfter(asOf)).map(this::decide).toList();
    }

    Verdict decide(CommitmentFact c) {
        if (c.isActsSeparately() && c.getActors().size() > 1) {
            return separately(c);
        }
        LocalDate start = c.getStatedOn();
        LocalDate countFrom = start.plusDays(1);
        if (c.getKind() == Kind.CONDITIONAL) {
            // A staff record wins; else the earlier of the trigger event and the first evidence of the promised
            // action, the action on a tie; evidence counts from the day the action itself met the trigger.
            TriggerRecord record = c.getTriggerRecord();
            List<EventFact> triggers = matching(c.getId(), c.getTrigger(), c.getTrigger().getParties(), start);
            List<EventFact> actions = matching(c.getId(), c.getEvidence(), c.getPartiesRequired(), start);
            if (record != null && !record.metOn().isAfter(asOf)) {
                start = record.metOn();
                countFrom = start.plusDays(1);
            } else if (!actions.isEmpty()
                    && (triggers.isEmpty() || !actions.get(0).getDate().isAfter(triggers.get(0).getDate()))) {
                start = actions.get(0).getDate();
                countFrom = start;
            } else if (!triggers.isEmpty()) {
                start = triggers.get(0).getDate();
                countFrom = start.plusDays(1);
            } else {
                return new Verdict(c.getId(), Status.DORMANT, List.of(), null);
            }
        }
        if (c.getGoal() != null) {
            List<EventFact> reached = matching(c.getId(), c.getGoal(), c.getGoal().getParties(), start);
            if (!reached.isEmpty()) {
                return new Verdict(c.getId(), Status.FULFILLED, List.of(reached.get(0).getId()), null);
            }
        }
        List<EventFact> evidence = matching(c.getId(), c.getEvidence(), c.getPartiesRequired(),
                countFrom.minusDays(1));
        LocalDate deadline = c.deadlineFrom(start);
        return switch (c.getJudgedAs()) {
            case ONE_OFF, REQUEST -> deadline == null ? answered(c, evidence) : dated(c, evidence, deadline);
            case RECURRING -> periodic(c, evidence, start, c.getCadence(), Status.ON_TRACK, Status.OVERDUE);
            case ONGOING -> periodic(c, evidence, start, c.periodOr(parameters.getDefaultReviewWindow()),
                    Status.IN_PROGRESS, Status.STALLED);
            default -> throw new IllegalStateException(c.getJudgedAs().name());
        };
    }

    /** Each actor judged on evidence that need include only that actor; the whole from the most urgent share. */
    private Verdict separately(CommitmentFact c) {
        List<Verdict> shares = new ArrayList<>();
        for (String actor : c.getActors()) {
            Set<String> parties = new java.util.TreeSet<>(c.getEvidence().getParties());
            parties.removeAll(c.getActors());
            parties.add(actor);
            shares.add(decide(c.copyAs(c.getId()).actors(Set.of(actor)).actsSeparately(false)
                    .evidence(new Criteria(c.getEvidence().getEventTypes(), c.getEvidence().getTopics(), parties))
                    .build()));
        }
        List<String> evidence = shares.stream().flatMap(v -> v.evidenceIds().stream()).distinct().sorted().toList();
        if (shares.stream().allMatch(v -> v.status() == Status.FULFILLED)) {
            return new Verdict(c.getId(), Status.FULFILLED, evidence, null);
        }
        List<Status> urgency = List.of(Status.OVERDUE, Status.STALLED, Status.DUE_SOON, Status.PENDING,
                Status.ON_TRACK, Status.IN_PROGRESS, Status.DORMANT, Status.FULFILLED);
        Verdict lead = shares.stream().min(Comparator.comparingInt((Verdict v) -> urgency.indexOf(v.status()))
                .thenComparing(v -> v.nextDue() == null ? LocalDate.MAX : v.nextDue())).orElseThrow();
        return new Verdict(c.getId(), lead.status(), evidence, lead.nextDue());
    }

    private Verdict dated(CommitmentFact c, List<EventFact> evidence, LocalDate deadline) {
        List<EventFact> inTime = evidence.stream().filter(e -> !e.getDate().isAfter(deadline)).toList();
        if (!inTime.isEmpty()) {
            return new Verdict(c.getId(), Status.FULFILLED, ids(inTime), null);
        }
        Status status = deadline.isBefore(asOf) ? Status.OVERDUE
                : deadline.isAfter(asOf.plus(parameters.getDueSoonWindow())) ? Status.PENDING : Status.DUE_SOON;
        return new Verdict(c.getId(), status, ids(evidence), deadline);
    }

    private Verdict answered(CommitmentFact c, List<EventFact> evidence) {
        return new Verdict(c.getId(), evidence.isEmpty() ? Status.PENDING : Status.FULFILLED, ids(evidence), null);
    }

    private Verdict periodic(CommitmentFact c, List<EventFact> evidence, LocalDate start, Period period,
                             Status kept, Status lapsed) {
        LocalDate last = evidence.isEmpty() ? start : evidence.get(evidence.size() - 1).getDate();
        LocalDate next = last.plus(period);
        return new Verdict(c.getId(), next.isBefore(asOf) ? lapsed : kept, ids(evidence), next);
    }

    /** Events after the day, by the as-of date, of an accepted type, on a shared topic, with every party, counting for it. */
    private List<EventFact> matching(String commitmentId, Criteria criteria, Set<String> parties, LocalDate after) {
        String participant = parties.isEmpty() ? Events.ANY_PARTY : parties.iterator().next();
        Set<EventFact> found = new LinkedHashSet<>();
        for (String topic : criteria.getTopics()) {
            for (String type : criteria.getEventTypes()) {
                for (EventFact e : index.getOrDefault(new EventIndex.Key(topic, participant, type), List.of())) {
                    if (e.getDate().isAfter(after) && e.includesAll(parties) && e.countsFor(commitmentId)) {
                        found.add(e);
                    }
                }
            }
        }
        return found.stream().sorted(EventFact.CHRONOLOGICAL).toList();
    }

    private static List<String> ids(List<EventFact> events) {
        return events.stream().sorted(Comparator.comparing(EventFact::getDate).thenComparing(EventFact::getId))
                .map(EventFact::getId).toList();
    }
}
