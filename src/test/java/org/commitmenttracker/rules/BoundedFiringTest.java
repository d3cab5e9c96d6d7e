package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.rules.facts.Kind;
import org.junit.jupiter.api.Test;

/** Every rule session runs under limits: a rule that never stops is stopped and named, never left to fill the heap. */
class BoundedFiringTest {

    static final String UPDATES_ITSELF = """
            package extra;
            import org.commitmenttracker.rules.facts.*;

            // Updates the fact it matches, with no no-loop: it matches again after every firing.
            rule "The as-of date is updated without end"
            when
                $a : AsOf( )
            then
                update( $a );
            end
            """;

    static final String INSERTS_WITHOUT_END = """
            package extra;
            import org.commitmenttracker.rules.facts.*;

            rule "Counting starts"
            when
                AsOf( )
            then
                insert( Long.valueOf( 0 ) );
            end

            // Every number inserts the next one: the session grows until it is stopped.
            rule "Every number inserts the next"
            when
                $n : Long( )
            then
                insert( Long.valueOf( $n.longValue() + 1 ) );
            end
            """;

    static final String SLOW_LOOP = """
            package extra;
            import org.commitmenttracker.rules.facts.*;

            // Takes its time and loops: only the wall-clock limit stops it.
            rule "Slow and endless"
            when
                $a : AsOf( )
            then
                Thread.sleep( 20 );
                update( $a );
            end
            """;

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    @Test
    void aRuleThatUpdatesTheFactItMatchesIsStoppedAtTheFiringLimitAndNamedWithItsFileAndLine() {
        RuleBase rules = withShipped("extra/loop.drl", UPDATES_ITSELF)
                .withLimits(new SessionLimits(5_000, 100, Duration.ofMinutes(1)));

        assertThatThrownBy(() -> rules.decide(List.of(ShippedRules.commitment(Kind.ONE_OFF, AS_OF.minusYears(1))
                .deadline(AS_OF.plusMonths(1)).build()), List.of(), AS_OF))
                .isInstanceOfSatisfying(RulesRanAwayException.class, e -> {
                    RuleProblem problem = e.problems().get(0);
                    assertThat(problem.file()).as(problem.message()).isEqualTo("extra/loop.drl");
                    assertThat(problem.line()).isEqualTo(5);
                    assertThat(problem.message()).contains("fired more than 5400 times over 4 facts")
                            .contains("\"The as-of date is updated without end\" fired");
                });
    }

    @Test
    void aRuleThatInsertsWithoutEndIsStoppedWhenReadingFacts() {
        RuleBase rules = withShipped("extra/count.drl", INSERTS_WITHOUT_END)
                .withLimits(new SessionLimits(10_000, 0, Duration.ofMinutes(1)));

        assertThatThrownBy(() -> rules.infer(List.of(new org.commitmenttracker.rules.facts.AsOf(AS_OF))))
                .isInstanceOfSatisfying(RulesRanAwayException.class, e -> assertThat(e.problems().get(0))
                        .satisfies(p -> assertThat(p.file()).isEqualTo("extra/count.drl"))
                        .satisfies(p -> assertThat(p.line()).isEqualTo(12))
                        .satisfies(p -> assertThat(p.message()).containsPattern(
                                "culprits: \"Every number inserts the next\" fired \\d+ times and wrote \\d+ facts")));
    }

    @Test
    void aSlowLoopIsHaltedAtTheWallClockLimit() {
        RuleBase rules = withShipped("extra/slow.drl", SLOW_LOOP)
                .withLimits(new SessionLimits(Long.MAX_VALUE, 0, Duration.ofMillis(300)));
        long started = System.nanoTime();

        assertThatThrownBy(() -> rules.infer(List.of(new org.commitmenttracker.rules.facts.AsOf(AS_OF))))
                .isInstanceOfSatisfying(RulesRanAwayException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("were still firing after 300 ms").contains("\"Slow and endless\""));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void theShippedRulesDecideWellWithinTheLimitsTheServiceUses() {
        RuleBase rules = ShippedRules.get().withLimits(new SessionLimits(0, 100, Duration.ofMinutes(1)));
        var decided = rules.decide(List.of(ShippedRules.commitment(Kind.ONE_OFF, AS_OF.minusYears(1))
                .deadline(AS_OF.plusMonths(1)).build()), List.of(), AS_OF);

        assertThat(decided).hasSize(1);
    }

    private static RuleBase withShipped(String path, String content) {
        List<RuleFile> files = new ArrayList<>(RuleBaseLoader.read(ShippedRules.FOLDER));
        files.add(new RuleFile(path, content));
        return new RuleBaseLoader().compile(files);
    }
}
