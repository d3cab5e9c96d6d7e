package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every shipped file compiles; broken files are refused with their file, line and message. */
class RuleBaseLoaderTest {

    static List<RuleFile> shippedWith(RuleFile extra) {
        List<RuleFile> files = new ArrayList<>(RuleBaseLoader.read(ShippedRules.FOLDER));
        files.add(extra);
        return files;
    }

    static List<RuleProblem> problemsOf(List<RuleFile> files) {
        return catchThrowableOfType(RuleCompilationException.class, () -> new RuleBaseLoader().compile(files)).problems();
    }

    @Test
    void compilesEveryShippedFile() {
        RuleBase rules = ShippedRules.get();
        assertThat(rules.files()).extracting(RuleFile::path).contains("parameters.yaml", "evidence/terms.drl",
                "evidence/matching.drl", "status/deadlines.drl", "status/recurring.drl", "status/ongoing.drl",
                "status/conditional.drl", "status/requests.drl");
        long declared = rules.files().stream().filter(RuleFile::isDrl)
                .mapToLong(f -> f.content().lines().filter(line -> line.startsWith("rule \"")).count()).sum();
        assertThat(declared).isGreaterThanOrEqualTo(16);
        assertThat(rules.ruleCount()).isEqualTo(declared);
        assertThat(rules.version()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void theVersionChangesWithAnyFileAndOnlyThen() {
        List<RuleFile> files = RuleBaseLoader.read(ShippedRules.FOLDER);
        String again = RuleBaseLoader.version(RuleBaseLoader.read(ShippedRules.FOLDER));
        List<RuleFile> edited = new ArrayList<>(files);
        edited.set(0, new RuleFile(files.get(0).path(), files.get(0).content() + "\n// edited\n"));
        assertThat(again).isEqualTo(ShippedRules.get().version());
        assertThat(RuleBaseLoader.version(edited)).isNotEqualTo(again);
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        String broken = """
                package extra;
                import org.commitmenttracker.rules.facts.*;
                rule "Broken"
                when
                    CommitmentFact( )
                thenn
                    System.out.println( "x" );
                end
                """;
        List<RuleProblem> problems = problemsOf(shippedWith(new RuleFile("extra/broken.drl", broken)));
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("extra/broken.drl"));
        assertThat(problems.get(0).line()).isBetween(5, 7);
        assertThat(problems.get(0).toString()).startsWith("extra/broken.drl:");
    }

    @Test
    void aBrokenRegularExpressionInAClauseTestIsReportedWithFileAndLine() {
        String broken = """
                package extra;
                import org.commitmenttracker.extraction.facts.Clause;
                import org.commitmenttracker.extraction.facts.Hedge;
                rule "Unclosed group"
                when
                    $c : Clause( has("\\\\b(?:fine\\\\s+words") )
                then
                    insert(new Hedge($c, "x", 0.1));
                end
                rule "Well formed"
                when
                    $c : Clause( find("\\\\bfine\\\\s+\\"words\\"") >= 0 )
                then
                    insert(new Hedge($c, "y", 0.1));
                end
                """;
        List<RuleProblem> problems = problemsOf(shippedWith(new RuleFile("extra/regex.drl", broken)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra/regex.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(23);
            assertThat(p.message()).startsWith("invalid regular expression: Unclosed group");
        });
    }

    @Test
    void anUnknownFieldIsReportedWithFileAndLine() {
        String unknown = """
                package extra;
                import org.commitmenttracker.rules.facts.*;
                rule "Unknown field"
                when
                    CommitmentFact( nosuchfield == "x" )
                then
                end
                """;
        List<RuleProblem> problems = problemsOf(shippedWith(new RuleFile("extra/unknown.drl", unknown)));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("extra/unknown.drl");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("nosuchfield");
        });
    }

    @Test
    void aRuleStillJoiningTheRetiredEventKeyFactIsReportedWithFileAndLine() {
        String retired = """
                package extra;
                import org.commitmenttracker.rules.facts.*;
                rule "Joins the retired EventKey"
                when
                    $c : CommitmentFact( $id : id )
                    EventKey( party == $c.evidenceLookupParty, countsFor( $id ) )
                then
                end
                """;
        List<RuleProblem> problems = problemsOf(shippedWith(new RuleFile("extra/retired.drl", retired)));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("extra/retired.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("EventKey");
        });
    }

    @Test
    void aBadParameterIsReportedWithItsLine() {
        List<RuleFile> files = new ArrayList<>(RuleBaseLoader.read(ShippedRules.FOLDER));
        files.removeIf(f -> f.path().equals("parameters.yaml"));
        files.add(new RuleFile("parameters.yaml", "dueSoonWindow: P30D\ndefaultReviewWindow: soon\n"));
        List<RuleProblem> problems = problemsOf(files);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("parameters.yaml");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void theScorecardScaleIsReadAndAScoreOutsideItOrAnUnknownStatusIsRefused() {
        assertThat(ShippedRules.get().parameters().scoreOf(org.commitmenttracker.rules.facts.Status.OVERDUE))
                .hasValue(-1.0);
        assertThat(ShippedRules.get().parameters().scoreOf(org.commitmenttracker.rules.facts.Status.PENDING))
                .isEmpty();
        assertThat(problemsOf(withParameters("dueSoonWindow: P30D\ndefaultReviewWindow: P1Y\nscores:\n"
                + "  FULFILLED: 2\n"))).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("parameters.yaml");
                    assertThat(p.message()).contains("-1 to 1");
                });
        assertThat(problemsOf(withParameters("dueSoonWindow: P30D\ndefaultReviewWindow: P1Y\nscores:\n"
                + "  FULFILLED: 1\n  KEPT: 1\n"))).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(5));
    }

    private static List<RuleFile> withParameters(String content) {
        List<RuleFile> files = new ArrayList<>(RuleBaseLoader.read(ShippedRules.FOLDER));
        files.removeIf(f -> f.path().equals("parameters.yaml"));
        files.add(new RuleFile("parameters.yaml", content));
        return files;
    }
}
