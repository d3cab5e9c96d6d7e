package org.commitmenttracker.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.commitmenttracker.rules.facts.AsOf;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Events;
import org.commitmenttracker.rules.facts.Parameters;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A compiled, immutable set of rules with its version. It is built once per load and shared by every evaluation
 * that starts while it is active; each evaluation gets its own session.
 */
public final class RuleBase {

    private final KieBase kieBase;
    private final String version;
    private final List<RuleFile> files;
    private final Parameters parameters;
    private final Vocabulary vocabulary;
    private final WordLists words;
    private final LearnedScore learned;
    private final SessionLimits limits;

    RuleBase(KieBase kieBase, String version, List<RuleFile> files, Parameters parameters, Vocabulary vocabulary,
             WordLists words) {
        this(kieBase, version, files, parameters, vocabulary, words, LearnedScore.NONE, SessionLimits.NONE);
    }

    private RuleBase(KieBase kieBase, String version, List<RuleFile> files, Parameters parameters,
                     Vocabulary vocabulary, WordLists words, LearnedScore learned, SessionLimits limits) {
        this.words = words;
        this.learned = learned;
        this.kieBase = kieBase;
        this.version = version;
        this.files = List.copyOf(files);
        this.parameters = parameters;
        this.vocabulary = vocabulary;
        this.limits = limits;
    }

    /** The same compiled rules, each session of which runs under the given limits. */
    public RuleBase withLimits(SessionLimits sessionLimits) {
        return new RuleBase(kieBase, version, files, parameters, vocabulary, words, learned, sessionLimits);
    }

    /** The same rules with another learned score (trained on other texts, or none), as the training compares them. */
    public RuleBase withLearnedScore(LearnedScore score) {
        return new RuleBase(kieBase, version, files, parameters, vocabulary, words, score, limits);
    }

    public SessionLimits limits() {
        return limits;
    }

    /**
     * Runs the rules over the given facts as of a date and returns one decision per commitment, in input order.
     * Throws {@link RulesRanAwayException} when a session runs past its {@link SessionLimits}.
     */
    public List<Decision> decide(Collection<CommitmentFact> commitments, Collection<EventFact> events, LocalDate asOf) {
        return decide(commitments, events, asOf, Integer.MAX_VALUE, 1);
    }

    /**
     * As {@link #decide(Collection, Collection, LocalDate)}, in sessions of at most {@code sliceSize} commitments run
     * {@code parallelism} at a time. The events are indexed once (by topic, party and type, an event standing under
     * its own topics and type and every broader one) and every session looks them up in that index, so slicing costs
     * no event twice; small sessions hold less memory. The decisions are the same whatever the slicing.
     */
    public List<Decision> decide(Collection<CommitmentFact> commitments, Collection<EventFact> events, LocalDate asOf,
                                 int sliceSize, int parallelism) {
        EventIndex index = new EventIndex(events, asOf, vocabulary);
        Events indexed = index.asFacts();
        List<CommitmentFact> shares = PartySplit.shares(commitments);
        List<List<CommitmentFact>> slices = new ArrayList<>();
        for (int from = 0; from < shares.size(); from += sliceSize) {
            slices.add(shares.subList(from, (int) Math.min(shares.size(), (long) from + sliceSize)));
        }
        Map<String, Decision> byId = new HashMap<>();
        for (List<Decision> decided : inParallel(slices, slice -> decideSlice(slice, indexed, asOf), parallelism)) {
            decided.forEach(d -> byId.put(d.commitmentId(), d));
        }
        return PartySplit.combine(commitments, byId);
    }

    private static <T, R> List<R> inParallel(List<T> inputs, Function<T, R> task, int parallelism) {
        if (parallelism <= 1 || inputs.size() <= 1) {
            return inputs.stream().map(task).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, inputs.size()));
        try {
            List<Future<R>> futures = inputs.stream().map(input -> pool.submit(() -> task.apply(input))).toList();
            List<R> results = new ArrayList<>(futures.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Decides the commitments together in one session, in which rules look their events up in {@code events}. */
    List<Decision> decideSlice(List<CommitmentFact> commitments, Events events, LocalDate asOf) {
        FindingCollector collector = new FindingCollector();
        FiringRecorder firings = new FiringRecorder();
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(collector);
            session.addEventListener(firings);
            session.insert(new AsOf(asOf));
            session.insert(parameters);
            session.insert(events);
            commitments.forEach(session::insert);
            BoundedFiring.fire(session, commitments.size() + 3L, limits, this);
        } finally {
            session.dispose();
        }
        return resolveAll(commitments, collector.findings(), firings);
    }

    private static List<Decision> resolveAll(Collection<CommitmentFact> commitments, List<RuledFinding> findings,
                                             FiringRecorder firings) {
        Map<String, List<RuledFinding>> byCommitment = new LinkedHashMap<>();
        commitments.forEach(c -> byCommitment.put(c.getId(), new ArrayList<>()));
        for (RuledFinding f : findings) {
            List<RuledFinding> forCommitment = byCommitment.get(f.finding().getCommitmentId());
            if (forCommitment != null) {
                forCommitment.add(f);
            }
        }
        return byCommitment.entrySet().stream()
                .map(e -> Decision.resolve(e.getKey(), e.getValue(), firings.firedFor(e.getKey()),
                        firings.termOf(e.getKey()))).toList();
    }

    /**
     * Inserts the facts into a fresh session, fires the rules and returns every fact in the session afterwards,
     * those given and those the rules inserted. Used by rules other than the status rules (extraction), whose facts
     * the status rules never match.
     */
    public List<Object> infer(Collection<?> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            facts.forEach(session::insert);
            BoundedFiring.fire(session, facts.size(), limits, this);
            return new ArrayList<>(session.getObjects());
        } finally {
            session.dispose();
        }
    }

    /** SHA-256 (hex) over the sorted file paths and contents. */
    public String version() {
        return version;
    }

    public List<RuleFile> files() {
        return files;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The learned score extraction weighs beside the cue rules (extraction/learned-score.yaml); NONE without it. */
    public LearnedScore learnedScore() {
        return learned;
    }

    /** The word lists extraction reads (extraction/words.yaml), tuned by rule authors. */
    public WordLists words() {
        return words;
    }

    /** The controlled vocabulary of this version: events count for the concepts broader than theirs too. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Number of rules, queries excluded. */
    public int ruleCount() {
        return rulesByFile().values().stream().mapToInt(List::size).sum();
    }

    /** The names of the rules (queries excluded) each file defines, by file path, in path and then name order. */
    public Map<String, List<String>> rulesByFile() {
        Map<String, List<String>> byFile = new TreeMap<>();
        files.stream().filter(RuleFile::isDrl).forEach(f -> byFile.put(f.path(), new ArrayList<>()));
        kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(rule -> rule instanceof RuleImpl impl && !impl.isQuery() && impl.getResource() != null)
                .forEach(rule -> byFile.computeIfAbsent(((RuleImpl) rule).getResource().getSourcePath(),
                        path -> new ArrayList<>()).add(rule.getName()));
        byFile.values().forEach(names -> names.sort(null));
        return byFile;
    }
}
