package org.commitmenttracker.scorecard;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.commitmenttracker.evaluation.CurrentRunStored;
import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.EvaluationRunRepository;
import org.commitmenttracker.evaluation.RunPurpose;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Counts each stored current run per group in the background, after it is committed, so that neither the run nor
 * the first trend waits for it. A run already followed by a later current run of the same day is skipped: the trend
 * reads the last run of a day, and any run it finds uncounted is counted then.
 */
@ApplicationScoped
public class TallyAfterRun {

    private final RunTallies tallies;
    private final EvaluationRunRepository runs;
    private final boolean enabled;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "scorecard-tally");
        thread.setDaemon(true);
        return thread;
    });

    public TallyAfterRun(RunTallies tallies, EvaluationRunRepository runs, ScorecardConfig config) {
        this.tallies = tallies;
        this.runs = runs;
        this.enabled = config.tallyAfterRun();
    }

    void currentRunStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurrentRunStored stored) {
        if (enabled) {
            worker.submit(() -> tallyUnlessSuperseded(stored.runId()));
        }
    }

    private void tallyUnlessSuperseded(long runId) {
        try {
            boolean lastOfItsDay = QuarkusTransaction.requiringNew().call(() -> {
                EvaluationRun run = runs.findById(runId);
                return run != null && runs.count("purpose = ?1 and asOf = ?2 and id > ?3", RunPurpose.CURRENT,
                        run.asOf, runId) == 0;
            });
            if (lastOfItsDay) {
                tallies.tally(runId);
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "Counting run %d for scorecards failed; it is counted when a scorecard needs it", runId);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
