package org.commitmenttracker.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.commitmenttracker.rules.RulesReloaded;

import io.quarkus.logging.Log;

/**
 * Keeps the current run current: once a change that can move a status is committed (the features say so with
 * {@link InputsChanged}; rules reloaded), evaluates as of today again. Changes that
 * arrive close together (an import, a batch of requests) wait out tracker.evaluation.refresh-delay and share one
 * run, whose reason counts them. When only events were recorded, the run is made by re-deciding what they touch
 * ({@link LiveCurrentRun}) if that decides as a full evaluation would; otherwise everything is evaluated again.
 * Off until {@link #start()}: the start-up run already covers what start-up loads.
 */
@ApplicationScoped
public class CurrentRunRefresh {

    private final EvaluationService evaluation;
    private final LiveCurrentRun live;
    private final boolean enabled;
    private final Duration delay;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "current-run-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Integer> pendingChanges = new LinkedHashMap<>();
    private final List<String> pendingEvents = new ArrayList<>();
    private boolean started;
    private boolean scheduled;

    public CurrentRunRefresh(EvaluationService evaluation, LiveCurrentRun live, EvaluationConfig config) {
        this.evaluation = evaluation;
        this.live = live;
        this.enabled = config.refreshOnChange();
        this.delay = config.refreshDelay();
    }

    /** From now on, committed changes refresh the current run. */
    public synchronized void start() {
        started = true;
    }

    synchronized void inputsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InputsChanged change) {
        if (changed(change.what()) && change.eventId() != null) {
            pendingEvents.add(change.eventId());
        }
    }

    void rulesReloaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesReloaded reloaded) {
        changed("rules reloaded");
    }

    /** Notes the change and schedules a refresh; false while refreshing is off or not yet started. */
    private synchronized boolean changed(String what) {
        if (!enabled || !started) {
            return false;
        }
        pendingChanges.merge(what, 1, Integer::sum);
        if (!scheduled) {
            scheduled = true;
            worker.schedule(this::refresh, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    private void refresh() {
        String reason;
        List<String> events;
        synchronized (this) {
            reason = "after " + pendingChanges.entrySet().stream()
                    .map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " × " + e.getKey())
                    .collect(Collectors.joining(", "));
            events = pendingChanges.size() == 1 ? List.copyOf(pendingEvents) : List.of(); // events alone, or none
            pendingChanges.clear();
            pendingEvents.clear();
            scheduled = false;
        }
        try {
            if (!madeLive(events, reason)) {
                evaluation.evaluate(evaluation.today(), reason);
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Refreshing the current run (%s) failed; the previous current run still serves", reason);
        }
    }

    /** Whether the live state made the run; a failure there leaves the full evaluation to make it. */
    private boolean madeLive(List<String> events, String reason) {
        try {
            return live.addEvents(events, reason).isPresent();
        } catch (RuntimeException e) {
            Log.warnf(e, "Adding %d recorded events to the current run failed; evaluating in full", events.size());
            return false;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
