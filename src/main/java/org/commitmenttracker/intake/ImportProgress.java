package org.commitmenttracker.intake;

import java.util.concurrent.atomic.AtomicLong;

/** How far a running import has got: rows done out of the rows the file holds, and how fast. */
final class ImportProgress {

    private final long total;
    private final long startedNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();

    ImportProgress(long total) {
        this.total = total;
    }

    long startedNanos() {
        return startedNanos;
    }

    void rowDone() {
        done.incrementAndGet();
    }

    long done() {
        return done.get();
    }

    double percent() {
        return total == 0 ? 100 : Math.min(100, 100.0 * done.get() / total);
    }

    double rowsPerSecond() {
        double seconds = Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
        return done.get() / seconds;
    }

    /** Seconds left at the current pace; null before the first row. */
    Long etaSeconds() {
        double pace = rowsPerSecond();
        return done.get() == 0 || pace == 0 ? null : Math.round((total - done.get()) / pace);
    }
}
