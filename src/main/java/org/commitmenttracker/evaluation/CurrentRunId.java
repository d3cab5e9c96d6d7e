package org.commitmenttracker.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;


/**
 * The current run's id, which every listing and commitment page asks for, read from the database at most once per
 * tracker.evaluation.current-run-cache. A current run stored by this instance is seen at once (the next request
 * reads again); one stored by another instance on the same database within that time. Zero reads every time.
 */
@ApplicationScoped
public class CurrentRunId {

    private record Read(LocalDate day, Optional<Long> id, long atNanos) {
    }

    private final EvaluationRunRepository runs;
    private final Today today;
    private final long keepNanos;
    /** Counts the runs stored here, so that a read that began before one is not kept after it. */
    private final AtomicLong stored = new AtomicLong();
    private volatile Read last;

    @Inject
    public CurrentRunId(EvaluationRunRepository runs, Today today, EvaluationConfig config) {
        this(runs, today, config.currentRunCache());
    }

    CurrentRunId(EvaluationRunRepository runs, Today today, Duration keep) {
        this.runs = runs;
        this.today = today;
        this.keepNanos = keep.toNanos();
    }

    public Optional<Long> get() {
        LocalDate day = today.date();
        long now = System.nanoTime();
        Read read = last;
        if (read != null && read.day().equals(day) && now - read.atNanos() < keepNanos) {
            return read.id();
        }
        long generation = stored.get();
        Optional<Long> id = runs.currentId(day);
        if (stored.get() == generation) {
            last = new Read(day, id, now);
        }
        return id;
    }

    void currentRunStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurrentRunStored run) {
        stored.incrementAndGet();
        last = null;
    }
}
