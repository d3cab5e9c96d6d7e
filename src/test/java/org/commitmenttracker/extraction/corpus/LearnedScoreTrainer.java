package org.commitmenttracker.extraction.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.commitmenttracker.extraction.CandidateExtractor;
import org.commitmenttracker.extraction.ClauseFeatures;
import org.commitmenttracker.extraction.HtmlText;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Commitment;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Text;
import org.commitmenttracker.extraction.facts.Clause;
import org.commitmenttracker.rules.LearnedScore;
import org.commitmenttracker.rules.RuleBase;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the learned score on labelled texts: every clause extraction reads in them is an example, a commitment when
 * it overlaps a firm labelled commitment (by at least half of the shorter), not one when it overlaps none, left out
 * when it overlaps only vague ones. OpenNLP's maximum-entropy trainer (GIS, 100 iterations, features seen at least
 * three times, the commitments repeated to weigh as much as the other clauses) learns from the clauses'
 * {@link ClauseFeatures}; GIS has no randomness, so the same texts always give the same weights. (Tried on the dev
 * split's cross-validation and not kept: 20 iterations, cutoffs 1 and 2, L2-regularised L-BFGS: no better.) A two-outcome maximum-entropy model is a logistic regression: each feature's weight is the log-odds
 * the model gives that feature alone, and a clause's log-odds are the sum of its features' weights.
 */
final class LearnedScoreTrainer {

    private static final String YES = "commitment";
    private static final String NO = "other";
    private static final int DECIMALS = 4;
    private static final int ITERATIONS = 100;
    /** Features seen fewer times are left out: with 283 clauses, rarer words only fit the training texts. */
    private static final int CUTOFF = 3;

    private LearnedScoreTrainer() {
    }

    /** One clause: its features and whether it commits. */
    record Example(Set<String> features, boolean commits) {
    }

    static List<Example> examples(RuleBase rules, List<Text> texts) {
        CandidateExtractor extractor = new CandidateExtractor();
        RuleBase plain = rules.withLearnedScore(LearnedScore.NONE);
        List<Example> examples = new ArrayList<>();
        for (Text text : texts) {
            String read = HtmlText.plain(text.content());
            List<Commitment> labels = text.label().commitments();
            List<int[]> spans = labels.stream().map(c -> LabelledCorpus.locate(read, c.quote()).orElseThrow()).toList();
            for (Clause clause : extractor.clauses(plain, new CandidateExtractor.Release(read,
                    text.label().source().date(), text.label().source().publisher()))) {
                boolean firm = false;
                boolean vague = false;
                for (int i = 0; i < labels.size(); i++) {
                    if (TextScore.overlaps(spans.get(i), clause.getStart(), clause.getEnd())) {
                        firm |= !labels.get(i).vague();
                        vague |= labels.get(i).vague();
                    }
                }
                if (firm || !vague) {
                    examples.add(new Example(ClauseFeatures.of(clause), firm));
                }
            }
        }
        return examples;
    }

    static LearnedScore train(List<Example> examples, double share) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        List<Event> events = balanced(examples);
        MaxentModel model;
        try {
            model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int yes = model.getIndex(YES);
        Map<String, Double> weights = new TreeMap<>();
        Set<String> features = new TreeSet<>();
        examples.forEach(e -> features.addAll(e.features()));
        for (String feature : features) {
            double p = model.eval(new String[] {feature})[yes];
            double weight = round(Math.log(p / (1 - p)));
            if (weight != 0) {
                weights.put(feature, weight);
            }
        }
        LearnedScore score = new LearnedScore(weights, share);
        checkAgainst(model, yes, score, examples);
        return score;
    }

    /**
     * The events to train on, the rarer class repeated until both weigh about the same: a clause the model cannot
     * tell then scores near 0.5, neither pulling a candidate's confidence down nor up, instead of the share of
     * commitments among clauses (about a quarter).
     */
    private static List<Event> balanced(List<Example> examples) {
        long commitments = examples.stream().filter(Example::commits).count();
        long others = examples.size() - commitments;
        long repeat = commitments == 0 || others == 0 ? 1
                : Math.max(1, Math.round((double) Math.max(commitments, others) / Math.min(commitments, others)));
        boolean rareIsCommitment = commitments < others;
        List<Event> events = new ArrayList<>();
        for (Example e : examples) {
            Event event = new Event(e.commits() ? YES : NO, e.features().toArray(String[]::new));
            long times = e.commits() == rareIsCommitment ? repeat : 1;
            for (long i = 0; i < times; i++) {
                events.add(event);
            }
        }
        return events;
    }

    /** The weights must give what the model gives, clause by clause (rounding aside). */
    private static void checkAgainst(MaxentModel model, int yes, LearnedScore score, List<Example> examples) {
        for (Example e : examples) {
            double expected = model.eval(e.features().toArray(String[]::new))[yes];
            double got = score.probability(e.features());
            if (Math.abs(expected - got) > 0.01) {
                throw new IllegalStateException("the weights give " + got + " where the model gives " + expected
                        + " for " + e.features());
            }
        }
    }

    /** The file rules/extraction/learned-score.yaml holds: the share, what it was trained on, the weights. */
    static String yaml(LearnedScore score, String trainedOn) {
        StringBuilder out = new StringBuilder("""
                # The learned score extraction weighs beside the cue rules (see rules/README.md): written by the
                # training, do not edit by hand. Retrain after changing the labelled corpus or ClauseFeatures:
                #   ./mvnw -Pextraction-quality test -Dtest=LearnedScoreTraining
                # share: how much of a candidate's confidence the learned probability makes up (0 to 0.5), chosen by
                # cross-validation on the dev texts. weights: the log-odds each feature of a clause adds.
                """);
        out.append(String.format(Locale.ROOT, "share: %s%ntrainedOn: \"%s\"%nweights:%n", score.share(), trainedOn));
        new TreeMap<>(score.weights()).forEach((feature, weight) -> out.append(String.format(Locale.ROOT,
                "  \"%s\": %s%n", feature.replace("\\", "\\\\").replace("\"", "\\\""), weight)));
        return out.toString();
    }

    private static double round(double value) {
        double scale = Math.pow(10, DECIMALS);
        return Math.round(value * scale) / scale;
    }
}
