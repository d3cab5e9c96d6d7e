package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.rules.ShippedRules.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Test;

/** When several rules judge the same commitment, precedence decides, then the rule name; never firing order. */
class PrecedenceTest {

    static final LocalDate STATED = LocalDate.of(2021, 1, 7);
    static final LocalDate DEADLINE = LocalDate.of(2021, 12, 10);
    static final CommitmentFact ONE_OFF = commitment(Kind.ONE_OFF, STATED).deadline(DEADLINE).build();

    static RuleBase shippedPlus(String path, String drl) {
        List<RuleFile> files = new ArrayList<>(RuleBaseLoader.read(ShippedRules.FOLDER));
        files.add(new RuleFile(path, drl));
        return new RuleBaseLoader().compile(files);
    }

    static String rule(String name, int precedence, Status status) {
        return """
                package extra;
                import org.commitmenttracker.rules.facts.*;
                rule "%s"
                    @precedence(%d)
                when
                    $c : CommitmentFact( kind == Kind.ONE_OFF )
                then
                    insert( new Finding( $c.getId(), Status.%s, "Held back by staff.", java.util.List.of(), null ) );
                end
                """.formatted(name, precedence, status);
    }

    @Test
    void theHigherPrecedenceWinsAndTheOtherRulesAreNamed() {
        RuleBase rules = shippedPlus("extra/hold.drl", rule("Commitment on hold is dormant", 80, Status.DORMANT));
        Decision d = rules.decide(List.of(ONE_OFF), List.of(), DEADLINE.plusDays(1)).get(0);
        assertThat(d.status()).isEqualTo(Status.DORMANT);
        assertThat(d.rule()).isEqualTo("Commitment on hold is dormant");
        assertThat(d.firedRules()).startsWith("Unconditional commitment's term starts on the day it was stated")
                .contains("Commitment on hold is dormant",
                        "Commitment without evidence by its deadline is overdue from the day after")
                .doesNotHaveDuplicates();
        assertThat(d.resolution()).contains("won over", "OVERDUE, precedence 50", "higher precedence");
    }

    @Test
    void aLowerPrecedenceLoses() {
        RuleBase rules = shippedPlus("extra/hold.drl", rule("Commitment on hold is dormant", 20, Status.DORMANT));
        Decision d = rules.decide(List.of(ONE_OFF), List.of(), DEADLINE.plusDays(1)).get(0);
        assertThat(d.status()).isEqualTo(Status.OVERDUE);
        assertThat(d.resolution()).contains("\"Commitment on hold is dormant\" (DORMANT, precedence 20)");
    }

    @Test
    void equalPrecedenceIsDecidedByRuleName() {
        RuleBase rules = shippedPlus("extra/hold.drl", rule("A commitment on hold is dormant", 50, Status.DORMANT));
        Decision d = rules.decide(List.of(ONE_OFF), List.of(), DEADLINE.plusDays(1)).get(0);
        assertThat(d.rule()).isEqualTo("A commitment on hold is dormant");
        assertThat(d.resolution()).contains("equal precedence, decided by rule name");
    }

    @Test
    void aCommitmentNoRuleCoversIsUndecided() {
        RuleBase onlyExtra = new RuleBaseLoader().compile(List.of(
                new RuleFile("parameters.yaml", "dueSoonWindow: P30D\ndefaultReviewWindow: P1Y\n"),
                new RuleFile("extra/none.drl", "package extra;\n")));
        Decision d = onlyExtra.decide(List.of(ONE_OFF), List.of(), DEADLINE).get(0);
        assertThat(d.status()).isEqualTo(Status.UNDECIDED);
        assertThat(d.rule()).isNull();
    }
}
