package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncrementalEvaluationTest {

    static final LocalDate AS_OF = Corpus.FIRST_DAY.plusYears(15);

    @ParameterizedTest(name = "corpus seed {0}")
    @ValueSource(longs = {3, 11, 29})
    void eachNewEventRedecidesExactlyTheCommitmentsWhoseDecisionItChanges(long seed) {
        Corpus corpus = Corpus.generate(seed, 200, 3_000, 12, 15);
        List<CommitmentFact> stated = corpus.commitments().stream()
                .filter(c -> !c.getStatedOn().isAfter(AS_OF)).toList();
        List<EventFact> known = new ArrayList<>(corpus.events().subList(0, 2_900));
        RuleBase rules = ShippedRules.get();
        IncrementalEvaluation live = new IncrementalEvaluation(rules, stated, known, AS_OF);
        Map<String, Decision> before = byId(rules.decide(stated, known, AS_OF));

        for (EventFact event : corpus.events().subList(2_900, 3_000)) {
            Map<String, Decision> updated = byId(live.add(event));
            known.add(event);
            Map<String, Decision> after = byId(rules.decide(stated, known, AS_OF));

            updated.forEach((id, decision) -> assertThat(summary(decision)).as("%s after %s", id, event)
                    .isEqualTo(summary(after.get(id))));
            for (Map.Entry<String, Decision> decided : after.entrySet()) {
                if (!updated.containsKey(decided.getKey())) {
                    assertThat(summary(decided.getValue())).as("%s, not re-decided after %s", decided.getKey(), event)
                            .isEqualTo(summary(before.get(decided.getKey())));
                }
            }
            before = after;
        }
    }

    @ParameterizedTest(name = "corpus seed {0}")
    @ValueSource(longs = {5})
    void eventDatedAfterTheAsOfDateRedecidesNothing(long seed) {
        Corpus corpus = Corpus.generate(seed, 50, 500, 12, 15);
        IncrementalEvaluation live = new IncrementalEvaluation(ShippedRules.get(), corpus.commitments(),
                corpus.events(), AS_OF);
        EventFact later = corpus.events().get(0);
        EventFact copy = new EventFact("late", AS_OF.plusDays(1), later.getType(), later.getParticipants(),
                later.getTopics());

        assertThat(live.add(copy)).isEmpty();
    }

    @ParameterizedTest(name = "corpus seed {0}")
    @ValueSource(longs = {7})
    void matchingEventFulfilsAnOverdueCommitment(long seed) {
        Corpus corpus = Corpus.generate(seed, 300, 1_000, 12, 15);
        RuleBase rules = ShippedRules.get();
        List<CommitmentFact> stated = corpus.commitments().stream()
                .filter(c -> !c.getStatedOn().isAfter(AS_OF)).toList();
        Decision overdue = rules.decide(stated, corpus.events(), AS_OF).stream()
                .filter(d -> d.status() == Status.OVERDUE && d.nextDue() != null && d.evidenceIds().isEmpty())
                .filter(d -> stated.stream().anyMatch(c -> c.getId().equals(d.commitmentId())
                        && c.getDeadline() != null && c.getDeadline().isAfter(c.getStatedOn()) && c.getKind() != org.commitmenttracker.rules.facts.Kind.CONDITIONAL))
                .findFirst().orElseThrow();
        CommitmentFact c = stated.stream().filter(s -> s.getId().equals(overdue.commitmentId())).findFirst()
                .orElseThrow();
        IncrementalEvaluation live = new IncrementalEvaluation(rules, stated, corpus.events(), AS_OF);

        EventFact onTheDeadline = new EventFact("new", c.getDeadline(), c.getEvidence().getEventTypes().iterator().next(),
                new java.util.HashSet<>(c.getPartiesRequired()), c.getEvidence().getTopics());
        Map<String, Decision> updated = byId(live.add(onTheDeadline));

        assertThat(updated.get(c.getId()).status()).isEqualTo(Status.FULFILLED);
        assertThat(updated.get(c.getId()).evidenceIds()).containsExactly("new");
    }

    private static Map<String, Decision> byId(List<Decision> decisions) {
        return decisions.stream().collect(Collectors.toMap(Decision::commitmentId, Function.identity()));
    }

    private static String summary(Decision d) {
        return d.status() + " " + d.evidenceIds() + " " + d.nextDue() + " " + d.explanation();
    }
}
