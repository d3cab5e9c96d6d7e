package org.commitmenttracker.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Several instances firing the same schedule: exactly one evaluates the day. */
@QuarkusTest
class ScheduledEvaluationTest {

    @Inject
    ScheduledEvaluation scheduled;
    @Inject
    EvaluationRunRepository runs;

    @Test
    void exactlyOneOfSeveralConcurrentCallersEvaluatesTheDay() throws Exception {
        // a day of its own (the table allows one claim per day, and runs are stored for good), standing as today
        LocalDate day = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        FixedToday.is(day.toString());
        Callable<Optional<EvaluationRun>> instance = () -> scheduled.evaluateOnce(day);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<EvaluationRun>>> results = pool.invokeAll(List.of(instance, instance, instance, instance));
            long evaluated = 0;
            for (Future<Optional<EvaluationRun>> result : results) {
                evaluated += result.get().isPresent() ? 1 : 0;
            }
            assertThat(evaluated).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs.count("asOf", day)).isEqualTo(1);
        EvaluationRun run = runs.find("asOf", day).firstResult();
        assertThat(run.purpose).isEqualTo(RunPurpose.CURRENT);
        assertThat(run.reason).isEqualTo("on schedule");
        assertThat(scheduled.evaluateOnce(day)).isEmpty();
        assertThat(runs.count("asOf", day)).isEqualTo(1);
    }
}
