package org.commitmenttracker.health;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;


import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.FailedExecution;

/**
 * Remembers the first error the JVM cannot recover from (an OutOfMemoryError, a StackOverflowError: any
 * VirtualMachineError) met by a request, a scheduled job or any thread that died of it, and logs it as fatal; from then
 * on readiness is DOWN ({@link FatalErrorsHealth}). A failed job that was not fatal leaves the scheduler running.
 */
@ApplicationScoped
public class FatalErrors {

    /** The first fatal error: when, where and what. */
    public record Fatal(Instant at, String where, String error) {
    }

    private final AtomicReference<Fatal> first = new AtomicReference<>();

    void watchThreads(@Observes StartupEvent start) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            seen(failure, "thread " + thread.getName());
            if (previous != null) {
                previous.uncaughtException(thread, failure);
            }
        });
    }

    void jobFailed(@Observes FailedExecution failed) {
        seen(failed.getException(), "scheduled job " + failed.getExecution().getTrigger().getId());
    }

    /** Records the failure if it, or one of its causes, is fatal; returns whether it was. */
    public boolean seen(Throwable failure, String where) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof VirtualMachineError fatal) {
                if (first.compareAndSet(null, new Fatal(Instant.now(), where, fatal.toString()))) {
                    Log.fatalf(fatal, "FATAL: %s in %s; readiness is now DOWN, restart this instance", fatal, where);
                }
                return true;
            }
        }
        return false;
    }

    /** The first fatal error seen, if any. */
    public Optional<Fatal> first() {
        return Optional.ofNullable(first.get());
    }
}
