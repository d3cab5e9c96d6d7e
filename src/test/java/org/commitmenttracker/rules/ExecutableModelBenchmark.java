package org.commitmenttracker.rules;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.drools.model.codegen.ExecutableModelProject;
import org.commitmenttracker.BenchmarkReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * The shipped rules compiled with Drools' executable model (rules turned into Java and compiled) against the build the
 * service uses (DRL compiled to an interpreted network whose constraints Drools JIT-compiles), on the same corpus in
 * the same JVM, alternately, {@code -Dbench.rounds} times (3). Run on demand:
 * {@code ./mvnw -Pbenchmark test -Dtest=ExecutableModelBenchmark -Dbench.sizes=10000x100000 -DargLine=-Xmx4g}.
 * Checks that both decide the same. docs/performance.md has the figures: it did not pay, so the service keeps the
 * interpreted build.
 */
@Tag("benchmark")
class ExecutableModelBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    @Test
    void compareEngines() throws java.io.IOException {
        RuleBase interpreted = ShippedRules.get();
        long start = System.nanoTime();
        // The executable model cannot type a raw List in an accumulate's constraint ($events.size() > 0): count instead.
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        interpreted.files().stream().filter(RuleFile::isDrl)
                .forEach(f -> kfs.write("src/main/resources/" + f.path(), f.content()
                        .replace("$events : collectList( $e );\n                $events.size() > 0 )",
                                "$events : collectList( $e ), $n : count( $e );\n                $n > 0 )")
                        .getBytes(StandardCharsets.UTF_8)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.toString());
        }
        KieBase kieBase = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
        long compileMs = (System.nanoTime() - start) / 1_000_000;
        RuleBase executable = new RuleBase(kieBase, interpreted.version(), interpreted.files(),
                interpreted.parameters(), interpreted.vocabulary(), interpreted.words());

        String[] nm = System.getProperty("bench.sizes", "10000x100000").split("x");
        Corpus corpus = Corpus.generate(7, Integer.parseInt(nm[0]), Integer.parseInt(nm[1]), 200, 300, 2);
        StringBuilder times = new StringBuilder();
        List<Decision> first = null;
        for (int round = 0; round < Integer.getInteger("bench.rounds", 3); round++) {
            for (RuleBase rules : List.of(interpreted, executable)) {
                System.gc();
                long t = System.nanoTime();
                List<Decision> decisions = rules.decide(corpus.commitments(), corpus.events(), AS_OF, 10_000,
                        Runtime.getRuntime().availableProcessors());
                times.append(String.format(" %s %,d ms;", rules == interpreted ? "interpreted" : "executable",
                        (System.nanoTime() - t) / 1_000_000));
                if (first == null) {
                    first = decisions;
                } else if (!first.equals(decisions)) {
                    throw new AssertionError("the executable model decided otherwise");
                }
            }
        }
        BenchmarkReport.row(String.format("| executable model, %s: compile %,d ms |%s |", String.join(" × ", nm),
                compileMs, times));
    }
}
