package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.commitmenttracker.ThisInstance;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Which running imports are alive, with several instances on one database. The instance running an import renews
 * its heartbeat every {@code tracker.intake.heartbeat}; an import whose heartbeat is older than
 * {@code tracker.intake.lease}, or that this very instance ran before it started, was interrupted: the rows it had
 * committed are rolled back on this instance's import worker, and it is marked failed. An instance that starts no
 * longer fails another's import.
 */
@ApplicationScoped
public class ImportLeases {

    static final String INTERRUPTED = "Interrupted: the instance running it stopped before the import finished; the "
            + "rows it had written were removed.";

    private static final List<ImportRun.Status> UNFINISHED = List.of(ImportRun.Status.RUNNING,
            ImportRun.Status.ROLLING_BACK);

    private final ImportRunRepository runs;
    private final ImportRunner runner;
    private final ThisInstance instance;
    private final IntakeConfig config;

    public ImportLeases(ImportRunRepository runs, ImportRunner runner, ThisInstance instance, IntakeConfig config) {
        this.runs = runs;
        this.runner = runner;
        this.instance = instance;
        this.config = config;
    }

    /**
     * At start: this instance runs nothing yet, so its own unfinished imports, every lapsed one, and those of a
     * process on this host that no longer runs (the default instance name, host and process id, changes at every
     * start) were interrupted; the uploads such processes left in the temporary folder are deleted.
     */
    @Transactional
    void markInterrupted(@Observes StartupEvent start) {
        int removed = ImportFile.removeUploadsOfStoppedProcesses();
        if (removed > 0) {
            Log.infof("Removed %d upload(s) left by processes that stopped during an import", removed);
        }
        recover(runs.list("status in ?1", UNFINISHED).stream()
                .filter(run -> instance.name().equals(run.runBy) || run.heartbeatAt == null
                        || run.heartbeatAt.isBefore(lapsedBefore()) || instance.stoppedOnThisHost(run.runBy))
                .toList());
    }

    /** Renews the heartbeat of the imports this instance runs, then recovers the lapsed imports of any instance. */
    @Scheduled(every = "${tracker.intake.heartbeat}", delayed = "${tracker.intake.heartbeat}",
               concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void beat() {
        List<Long> mine = runner.running();
        List<Long> renewable = runner.renewable();
        if (!renewable.isEmpty()) {
            runs.update("heartbeatAt = ?1 where id in ?2 and status in ?3", Instant.now(), renewable, UNFINISHED);
        }
        recover(runs.list("status in ?1 and (heartbeatAt is null or heartbeatAt < ?2)", UNFINISHED,
                lapsedBefore()).stream().filter(run -> !mine.contains(run.id)).toList());
    }

    private Instant lapsedBefore() {
        return Instant.now().minus(config.lease());
    }

    /** Hands each to the import worker, which rolls it back unless it ended meanwhile. */
    private void recover(List<ImportRun> interrupted) {
        interrupted.forEach(run -> {
            Log.warnf("Import %d of %s was interrupted%s; its rows are being removed", run.id, run.fileName,
                    run.runBy == null ? "" : " (it ran on " + run.runBy + ")");
            runner.recover(run.id, INTERRUPTED);
        });
    }
}
