package org.commitmenttracker.extraction.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commitmenttracker.extraction.CandidateExtractor;
import org.commitmenttracker.extraction.HtmlText;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Split;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Text;
import org.commitmenttracker.rules.LearnedScore;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Trains the learned score on the dev split and writes rules/extraction/learned-score.yaml; run on demand:
 * {@code ./mvnw -Pextraction-quality test -Dtest=LearnedScoreTraining}. The share the learned probability takes is
 * chosen by cross-validation on the dev texts alone ({@value #FOLDS} folds by text: each fold read with a score
 * trained on the others), by the F1 of recall and precision (the smallest share within {@value #MARGIN} of the best);
 * the test split is never read here. The folds' figures go
 * to target/extraction/learned-score.md.
 */
@Tag("quality")
class LearnedScoreTraining {

    static final double[] SHARES = {0, 0.1, 0.2, 0.3, 0.4, 0.5};
    static final int FOLDS = 4;
    static final double MARGIN = 0.01;

    @Test
    void trainOnTheDevSplitWithTheShareThatCrossValidatesBest() throws IOException {
        RuleBase rules = new RuleBaseLoader().load(Path.of("rules")).withLearnedScore(LearnedScore.NONE);
        List<Text> dev = LabelledCorpus.load(Split.DEV);
        Map<Text, List<LearnedScoreTrainer.Example>> examples = new LinkedHashMap<>();
        dev.forEach(text -> examples.put(text, LearnedScoreTrainer.examples(rules, List.of(text))));
        StringBuilder report = new StringBuilder("# Learned score, " + LocalDateTime.now().withNano(0)
                + "\n\nCross-validation on the dev split (" + dev.size() + " texts, " + FOLDS + " folds by text):\n\n"
                + "| share | recall | precision | F1 |\n|---:|---:|---:|---:|\n");
        double[] f1s = new double[SHARES.length];
        for (int s = 0; s < SHARES.length; s++) {
            double share = SHARES[s];
            List<TextScore> scores = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                scores.addAll(heldOut(rules, dev, examples, fold, share));
            }
            double[] figures = figures(scores);
            report.append(String.format(Locale.ROOT, "| %.2f | %.2f | %.2f | %.3f |%n", share, figures[0],
                    figures[1], figures[2]));
            f1s[s] = figures[2];
        }
        double best = chosen(f1s);
        List<LearnedScoreTrainer.Example> all = examples.values().stream().flatMap(List::stream).toList();
        LearnedScore score = LearnedScoreTrainer.train(all, best);
        long commitments = all.stream().filter(LearnedScoreTrainer.Example::commits).count();
        String trainedOn = String.format(Locale.ROOT, "dev split: %d texts, %d clauses (%d commitments)", dev.size(),
                all.size(), commitments);
        Files.writeString(Path.of("rules", "extraction", "learned-score.yaml"),
                LearnedScoreTrainer.yaml(score, trainedOn));
        report.append(String.format(Locale.ROOT, "%nChosen share: %.2f. Trained on the %s; %d weights.%n", best,
                trainedOn, score.weights().size()));
        Path out = Path.of("target", "extraction", "learned-score.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(score.weights()).isNotEmpty();
    }

    /**
     * The smallest share whose F1 is within {@value #MARGIN} of the best: a smaller gain is one candidate more or
     * less among the dev split's ~90, which a score trained on 283 clauses does not earn.
     */
    private static double chosen(double[] f1s) {
        double best = java.util.Arrays.stream(f1s).max().orElse(0);
        for (int s = 0; s < SHARES.length; s++) {
            if (f1s[s] >= best - MARGIN) {
                return SHARES[s];
            }
        }
        return 0;
    }

    /** The scores of one fold's texts, read with a score trained on the other folds' texts. */
    private static List<TextScore> heldOut(RuleBase rules, List<Text> dev,
                                           Map<Text, List<LearnedScoreTrainer.Example>> examples, int fold,
                                           double share) {
        List<LearnedScoreTrainer.Example> training = new ArrayList<>();
        List<Text> held = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) {
            if (i % FOLDS == fold) {
                held.add(dev.get(i));
            } else {
                training.addAll(examples.get(dev.get(i)));
            }
        }
        RuleBase weighed = rules.withLearnedScore(share == 0 ? LearnedScore.NONE
                : LearnedScoreTrainer.train(training, share));
        CandidateExtractor extractor = new CandidateExtractor();
        List<TextScore> scores = new ArrayList<>();
        for (Text text : held) {
            String read = HtmlText.plain(text.content());
            scores.add(TextScore.of(text, read, extractor.extract(weighed, new CandidateExtractor.Release(read,
                    text.label().source().date(), text.label().source().publisher()))));
        }
        return scores;
    }

    /** Recall, precision (leaving out candidates matching vague commitments) and their F1. */
    private static double[] figures(List<TextScore> scores) {
        double firm = scores.stream().mapToInt(TextScore::firm).sum();
        double recalled = scores.stream().mapToInt(TextScore::recalled).sum();
        double judged = scores.stream().mapToInt(s -> s.candidates() - s.neutral()).sum();
        double correct = scores.stream().mapToInt(TextScore::correct).sum();
        double recall = firm == 0 ? 0 : recalled / firm;
        double precision = judged == 0 ? 0 : correct / judged;
        double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        return new double[] {recall, precision, f1};
    }
}
