package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For many random corpora and as-of dates, the Drools rules decide exactly what the plain-Java reference decides:
 * status, evidence and next due date, commitment by commitment. Each corpus comes from a seed, so a failure names
 * the seed that reproduces it. Even seeds evaluate in slices of 7 commitments, odd seeds in one session.
 */
class RulesMatchReferenceTest {

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    @ParameterizedTest(name = "corpus seed {0}")
    @MethodSource("seeds")
    void droolsDecidesWhatTheReferenceDecides(long seed) {
        Corpus corpus = Corpus.generate(seed, 150, 2_000, 12, 15);
        LocalDate asOf = Corpus.FIRST_DAY.plusDays(new java.util.Random(seed).nextInt(Corpus.DAYS + 400));
        RuleBase rules = ShippedRules.get();
        List<CommitmentFact> stated = corpus.commitments().stream()
                .filter(c -> !c.getStatedOn().isAfter(asOf)).toList();
        List<EventFact> known = corpus.events().stream().filter(e -> !e.getDate().isAfter(asOf)).toList();

        // neither slicing nor running slices in parallel may change any decision
        int sliceSize = seed % 2 == 0 ? 7 : Integer.MAX_VALUE;
        int parallelism = seed % 4 == 0 ? 2 : 1;
        Map<String, Decision> drools = rules.decide(stated, known, asOf, sliceSize, parallelism).stream()
                .collect(Collectors.toMap(Decision::commitmentId, Function.identity()));
        List<ReferenceEvaluator.Verdict> reference =
                new ReferenceEvaluator(known, rules.parameters(), asOf, rules.vocabulary()).decide(stated);

        assertThat(drools).hasSameSizeAs(reference);
        for (ReferenceEvaluator.Verdict expected : reference) {
            Decision actual = drools.get(expected.commitmentId());
            assertThat(new ReferenceEvaluator.Verdict(actual.commitmentId(), actual.status(), actual.evidenceIds(),
                    actual.nextDue())).as("%s as of %s (seed %d): %s", expected.commitmentId(), asOf, seed,
                    actual.explanation()).isEqualTo(expected);
        }
    }
}
