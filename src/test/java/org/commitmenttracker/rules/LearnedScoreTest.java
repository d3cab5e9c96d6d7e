package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The learned score is read with the rules, refused with file and line when malformed, and adds up its weights. */
class LearnedScoreTest {

    private static List<RuleFile> withScore(String content) {
        List<RuleFile> files = new ArrayList<>(RuleBaseLoader.read(Path.of("rules")).stream()
                .filter(f -> !f.path().equals(LearnedScore.FILE)).toList());
        files.add(new RuleFile(LearnedScore.FILE, content));
        return files;
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightsOfTheFeaturesPresent() {
        LearnedScore score = new RuleBaseLoader().compile(withScore("""
                share: 0.25
                trainedOn: "three words"
                weights:
                  "bias": -1.0
                  "w:will": 2.5
                  "w:may": -0.5
                """)).learnedScore();
        assertThat(score.present()).isTrue();
        assertThat(score.share()).isEqualTo(0.25);
        assertThat(score.probability(Set.of("bias"))).isCloseTo(1 / (1 + Math.exp(1.0)), within(1e-12));
        assertThat(score.probability(Set.of("bias", "w:will", "w:unknown")))
                .isCloseTo(1 / (1 + Math.exp(-1.5)), within(1e-12));
        assertThat(score.probability(Set.of("bias", "w:may"))).isLessThan(score.probability(Set.of("bias")));
    }

    @Test
    void aShareOverHalfAWeightThatIsNoNumberOrAnUnknownEntryIsRefusedWithItsLine() {
        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> new RuleBaseLoader().compile(withScore("""
                        share: 0.75
                        weights:
                          "bias": high
                        threshold: 2
                        """)));
        assertThat(refused.problems()).extracting(RuleProblem::file).containsOnly(LearnedScore.FILE);
        assertThat(refused.problems()).extracting(RuleProblem::line).containsExactly(1, 3, 4);
        assertThat(refused.problems().get(0).message()).contains("0.5");
        assertThat(refused.problems().get(1).message()).contains("\"bias\"");
        assertThat(refused.problems().get(2).message()).contains("unknown entry \"threshold\"");
    }

    @Test
    void withoutTheFileCandidatesRestOnTheCueRulesAlone() {
        List<RuleFile> files = RuleBaseLoader.read(Path.of("rules")).stream()
                .filter(f -> !f.path().equals(LearnedScore.FILE)).toList();
        assertThat(new RuleBaseLoader().compile(files).learnedScore().present()).isFalse();
    }
}
