package org.commitmenttracker.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The current run's id is read once per keep time, and again at once after this instance stores a current run. */
class CurrentRunIdTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    /** Answers the ids it is given, one per read, and counts the reads. */
    private static final class Runs extends EvaluationRunRepository {
        final List<Long> answers = new ArrayList<>();
        final List<LocalDate> reads = new ArrayList<>();
        Runnable duringRead = () -> { };

        @Override
        public Optional<Long> currentId(LocalDate today) {
            reads.add(today);
            duringRead.run();
            return Optional.of(answers.get(Math.min(reads.size(), answers.size()) - 1));
        }
    }

    private static final class Day extends Today {
        LocalDate date = DAY;

        Day() {
            super(ZoneOffset.UTC);
        }

        @Override
        public LocalDate date() {
            return date;
        }
    }

    private final Runs runs = new Runs();
    private final Day today = new Day();

    @Test
    void theIdIsReadOnceWithinTheKeepTime() {
        runs.answers.addAll(List.of(7L, 8L));
        CurrentRunId current = new CurrentRunId(runs, today, Duration.ofHours(1));

        assertThat(current.get()).contains(7L);
        assertThat(current.get()).contains(7L);
        assertThat(runs.reads).hasSize(1);
    }

    @Test
    void aCurrentRunStoredHereIsSeenAtOnce() {
        runs.answers.addAll(List.of(7L, 8L));
        CurrentRunId current = new CurrentRunId(runs, today, Duration.ofHours(1));
        current.get();

        current.currentRunStored(new CurrentRunStored(8L));

        assertThat(current.get()).contains(8L);
        assertThat(runs.reads).hasSize(2);
    }

    @Test
    void aNewDayReadsAgain() {
        runs.answers.addAll(List.of(7L, 9L));
        CurrentRunId current = new CurrentRunId(runs, today, Duration.ofHours(1));
        current.get();

        today.date = DAY.plusDays(1);

        assertThat(current.get()).contains(9L);
        assertThat(runs.reads).containsExactly(DAY, DAY.plusDays(1));
    }

    @Test
    void aZeroKeepTimeReadsEveryTime() {
        runs.answers.addAll(List.of(7L, 8L));
        CurrentRunId current = new CurrentRunId(runs, today, Duration.ZERO);

        assertThat(current.get()).contains(7L);
        assertThat(current.get()).contains(8L);
    }

    @Test
    void aReadThatBeganBeforeARunWasStoredIsNotKept() {
        runs.answers.addAll(List.of(7L, 8L));
        CurrentRunId current = new CurrentRunId(runs, today, Duration.ofHours(1));
        runs.duringRead = () -> {
            runs.duringRead = () -> { };
            current.currentRunStored(new CurrentRunStored(8L));
        };

        assertThat(current.get()).contains(7L);
        assertThat(current.get()).contains(8L);
        assertThat(runs.reads).hasSize(2);
    }
}
