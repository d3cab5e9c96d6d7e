package org.commitmenttracker.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.CommitmentFactBuilder;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.TriggerRecord;

/**
 * A deterministic random corpus (same seed, same corpus): commitments of every kind and events over 20 years,
 * about 200 actors and 300 topics, so that a share are fulfilled, overdue, stalled or dormant. A given share of
 * commitments name no party in their evidence criteria and so count every event on their topics: rare in practice
 * (evidence parties default to the commitment's actors), and by far the most work per commitment.
 */
public record Corpus(List<CommitmentFact> commitments, List<EventFact> events) {

    public static final LocalDate FIRST_DAY = LocalDate.of(2006, 1, 1);
    static final int DAYS = 20 * 365;
    static final String[] TYPES = {"meeting", "visit", "call", "agreement", "statement", "aid", "election", "summit"};

    /** A corpus in which one commitment in five names no party in its evidence criteria. */
    public static Corpus generate(long seed, int commitments, int events, int actors, int topics) {
        return generate(seed, commitments, events, actors, topics, 20);
    }

    public static Corpus generate(long seed, int commitments, int events, int actors, int topics, int partylessPercent) {
        Random random = new Random(seed);
        List<CommitmentFact> cs = new ArrayList<>(commitments);
        for (int i = 0; i < commitments; i++) {
            cs.add(commitment(random, "c" + i, Kind.values()[random.nextInt(Kind.values().length)], actors, topics,
                    partylessPercent));
        }
        List<EventFact> es = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            es.add(new EventFact("e" + i, FIRST_DAY.plusDays(random.nextInt(DAYS)), TYPES[random.nextInt(TYPES.length)],
                    some(random, "A", actors, 1 + random.nextInt(3)), some(random, "t", topics, 1 + random.nextInt(2))));
        }
        return new Corpus(cs, es);
    }

    private static CommitmentFact commitment(Random random, String id, Kind kind, int actors, int topics,
                                             int partylessPercent) {
        LocalDate stated = FIRST_DAY.plusDays(random.nextInt(DAYS - 400));
        Set<String> parties = some(random, "A", actors, 1 + random.nextInt(2));
        Set<String> topicSet = some(random, "t", topics, 1 + random.nextInt(2));
        Set<String> types = some(random, TYPES, 1 + random.nextInt(3));
        Set<String> required = random.nextInt(100) < partylessPercent ? Set.of() : parties;
        CommitmentFactBuilder b = CommitmentFact.builder(id, kind, stated).actors(parties).topics(topicSet)
                .evidence(new Criteria(types, topicSet, required));
        Kind judged = kind;
        if (kind == Kind.CONDITIONAL) {
            judged = new Kind[] {Kind.ONE_OFF, Kind.RECURRING, Kind.ONGOING, Kind.REQUEST}[random.nextInt(4)];
            b.underlyingKind(judged).trigger(new Criteria(Set.of("election", "statement"), some(random, "t", topics, 1),
                    random.nextBoolean() ? Set.of() : some(random, "A", actors, 1)), "a trigger");
            staffRecord(b, id, stated);
        }
        switch (judged) {
            case ONE_OFF -> deadline(random, b, stated);
            case RECURRING -> goal(b.cadence(Period.ofMonths(6 + 6 * random.nextInt(3))), id, stated, actors, topics);
            case ONGOING -> goal(b.reviewWindow(random.nextBoolean() ? null : Period.ofMonths(3 + random.nextInt(12))),
                    id, stated, actors, topics);
            case REQUEST -> {
                b.addressees(some(random, "A", actors, 1));
                if (random.nextBoolean()) {
                    deadline(random, b, stated);
                }
            }
            default -> throw new IllegalStateException(judged.name());
        }
        separately(b, id, stated, parties);
        return b.build();
    }

    /** One commitment of two or more actors in six has them act separately; drawn apart, so corpora stay as they were. */
    private static void separately(CommitmentFactBuilder b, String id, LocalDate stated, Set<String> parties) {
        if (parties.size() > 1 && new Random(id.hashCode() * 7L + stated.toEpochDay()).nextInt(6) == 0) {
            b.actsSeparately(true);
        }
    }

    /** One kept-up commitment in four serves a goal an election reaches; drawn apart, so corpora stay as they were. */
    private static void goal(CommitmentFactBuilder b, String id, LocalDate stated, int actors, int topics) {
        Random own = new Random(id.hashCode() * 17L - stated.toEpochDay());
        if (own.nextInt(4) == 0) {
            Set<String> parties = own.nextBoolean() ? Set.of() : Set.of("A" + own.nextInt(actors));
            b.goal(new Criteria(Set.of("election"), Set.of("t" + own.nextInt(topics)), parties), "a goal");
        }
    }

    /** One conditional commitment in five has staff's record of its trigger; drawn apart, so corpora stay as they were. */
    private static void staffRecord(CommitmentFactBuilder b, String id, LocalDate stated) {
        Random own = new Random(id.hashCode() * 31L + stated.toEpochDay());
        if (own.nextInt(5) == 0) {
            b.triggerRecord(new TriggerRecord(stated.plusDays(1 + own.nextInt(2_000)), "https://example.org/" + id));
        }
    }

    private static void deadline(Random random, CommitmentFactBuilder b, LocalDate stated) {
        if (random.nextInt(4) == 0) {
            b.dueWithin(Period.ofDays(30 + random.nextInt(700)));
        } else {
            b.deadline(stated.plusDays(random.nextInt(900)));
        }
    }

    private static Set<String> some(Random random, String prefix, int range, int count) {
        Set<String> values = new HashSet<>();
        while (values.size() < count) {
            values.add(prefix + random.nextInt(range));
        }
        return values;
    }

    private static Set<String> some(Random random, String[] choices, int count) {
        Set<String> values = new HashSet<>();
        while (values.size() < count) {
            values.add(choices[random.nextInt(choices.length)]);
        }
        return values;
    }
}
