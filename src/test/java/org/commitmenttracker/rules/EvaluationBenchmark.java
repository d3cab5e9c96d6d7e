package org.commitmenttracker.rules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.commitmenttracker.BenchmarkReport;
import org.commitmenttracker.rules.facts.EventFact;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Full evaluation at scale, rules alone (no database), against the plain-Java reference measured in the same run.
 * Not part of the test suite: run on demand with {@code ./mvnw -Pbenchmark test} (sizes: -Dbench.sizes=10000x100000,
 * comma-separated). Prints one line per size and appends it to target/benchmarks/evaluation.md.
 */
@Tag("benchmark")
class EvaluationBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    static final int SLICE = Integer.getInteger("bench.slice", 1_000);
    static final int PARTYLESS = Integer.getInteger("bench.partyless", 2);
    static final int THREADS = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());

    @Test
    void fullEvaluation() throws IOException {
        for (String size : System.getProperty("bench.sizes", "10000x100000").split(",")) {
            String[] nm = size.trim().split("x");
            measure(Integer.parseInt(nm[0]), Integer.parseInt(nm[1]));
        }
    }

    /**
     * One new event at a time into an evaluation of the whole corpus (-Dbench.incremental=100000x1000000): the time
     * until the commitments it affects are re-decided, over 2,000 events held back from the corpus (the first 500
     * warm up).
     */
    @Test
    void incrementalUpdate() throws IOException {
        String[] nm = System.getProperty("bench.incremental", "10000x100000").split("x");
        int commitments = Integer.parseInt(nm[0]);
        int events = Integer.parseInt(nm[1]);
        Corpus corpus = Corpus.generate(7, commitments, events, 200, 300, PARTYLESS);
        List<EventFact> held = corpus.events().subList(events - 2_000, events);
        IncrementalEvaluation live = new IncrementalEvaluation(ShippedRules.get(), corpus.commitments(),
                corpus.events().subList(0, events - 2_000), AS_OF);
        long[] micros = new long[held.size() - 500];
        long redecided = 0;
        for (int i = 0; i < held.size(); i++) {
            long start = System.nanoTime();
            int affected = live.add(held.get(i)).size();
            if (i >= 500) {
                micros[i - 500] = (System.nanoTime() - start) / 1_000;
                redecided += affected;
            }
        }
        Arrays.sort(micros);
        String line = String.format("| incremental, %,d × %,d, %d %% party-less | p50 %.2f ms | p99 %.2f ms | max %.2f ms"
                        + " | %.1f commitments re-decided per event |", commitments, events, PARTYLESS,
                micros[micros.length / 2] / 1000.0, micros[(int) (micros.length * 0.99)] / 1000.0,
                micros[micros.length - 1] / 1000.0, redecided / (double) micros.length);
        BenchmarkReport.row(line);
    }

    static void measure(int commitments, int events) throws IOException {
        Corpus corpus = Corpus.generate(7, commitments, events, 200, 300, PARTYLESS);
        RuleBase rules = ShippedRules.get();
        rules.decide(corpus.commitments().subList(0, Math.min(1000, commitments)),
                corpus.events().subList(0, Math.min(10_000, events)), AS_OF); // warm-up
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        List<Decision> decisions = rules.decide(corpus.commitments(), corpus.events(), AS_OF, SLICE, THREADS);
        long droolsMs = (System.nanoTime() - start) / 1_000_000;
        long peakHeapMb = peakHeapBytes() / (1024 * 1024);

        start = System.nanoTime();
        List<ReferenceEvaluator.Verdict> reference =
                new ReferenceEvaluator(corpus.events(), rules.parameters(), AS_OF, rules.vocabulary()).decide(corpus.commitments());
        long referenceMs = Math.max(1, (System.nanoTime() - start) / 1_000_000);

        String line = String.format("| %,d × %,d, %d %% party-less | %,d ms | %,d MB | %,.0f | %,d ms | %.1f× | %d / %d |",
                commitments, events, PARTYLESS, droolsMs, peakHeapMb, decisions.size() * 1000.0 / Math.max(1, droolsMs),
                referenceMs, droolsMs / (double) referenceMs, decisions.size(), reference.size());
        BenchmarkReport.row(line);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
