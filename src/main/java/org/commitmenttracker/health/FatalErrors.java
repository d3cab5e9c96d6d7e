package org.commitmenttracker.health;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.FailedExecution;

/**
 * Remembers the first error the JVM cannot recover from (an OutOfMemoryError, a StackOverflowError: any
 * VirtualMachineError) met by a request, a scheduled job or any thread that died of it, logs it as fatal, and from then
 * on answers readiness DOWN: the instance may have lost threads (the scheduler's) or its database, so a load balancer
 * should stop sending it work and its operator restart it. A failed job that was not fatal leaves the scheduler running.
 */
@Readiness
@ApplicationScoped
public class FatalErrors implements HealthCheck {

    private record Fatal(Instant at, String where, String error) {
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

    @Override
    public HealthCheckResponse call() {
        Fatal fatal = first.get();
        if (fatal == null) {
            return HealthCheckResponse.named("fatal-errors").up().build();
        }
        return HealthCheckResponse.named("fatal-errors").down().withData("error", fatal.error())
                .withData("where", fatal.where()).withData("at", fatal.at().toString()).build();
    }
}
