package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.commitmenttracker.ThisInstance;
import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Which running imports are alive, with several instances on one database. The instance running an import renews
 * its heartbeat every {@code tracker.intake.heartbeat}; an import whose heartbeat is older than
 * {@code tracker.intake.lease}, or that this very instance ran before it started, was interrupted (its one
 * transaction never committed) and is marked failed. An instance that starts no longer fails another's import.
 */
@ApplicationScoped
public class ImportLeases {

    static final String INTERRUPTED = "Interrupted: the instance running it stopped before the import finished; none "
            + "of its rows were stored.";

    private final ImportRunRepository runs;
    private final ImportRunner runner;
    private final AuditLog audit;
    private final ThisInstance instance;
    private final TrackerConfig.Intake config;

    public ImportLeases(ImportRunRepository runs, ImportRunner runner, AuditLog audit, ThisInstance instance,
                        TrackerConfig config) {
        this.runs = runs;
        this.runner = runner;
        this.audit = audit;
        this.instance = instance;
        this.config = config.intake();
    }

    /**
     * At start: this instance runs nothing yet, so its own running imports, every lapsed one, and those of a process
     * on this host that no longer runs (the default instance name, host and process id, changes at every start) were
     * interrupted; the uploads such processes left in the temporary folder are deleted.
     */
    @Transactional
    void markInterrupted(@Observes StartupEvent start) {
        int removed = ImportFile.removeUploadsOfStoppedProcesses();
        if (removed > 0) {
            Log.infof("Removed %d upload(s) left by processes that stopped during an import", removed);
        }
        fail(runs.list("status = ?1", ImportRun.Status.RUNNING).stream()
                .filter(run -> instance.name().equals(run.runBy) || run.heartbeatAt == null
                        || run.heartbeatAt.isBefore(lapsedBefore()) || instance.stoppedOnThisHost(run.runBy))
                .toList());
    }

    /** Renews the heartbeat of the imports this instance runs, then fails the lapsed imports of any instance. */
    @Scheduled(every = "${tracker.intake.heartbeat}", delayed = "${tracker.intake.heartbeat}",
               concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void beat() {
        List<Long> mine = runner.running();
        List<Long> renewable = runner.renewable();
        if (!renewable.isEmpty()) {
            runs.update("heartbeatAt = ?1 where id in ?2 and status = ?3", Instant.now(), renewable,
                    ImportRun.Status.RUNNING);
        }
        fail(runs.list("status = ?1 and (heartbeatAt is null or heartbeatAt < ?2)", ImportRun.Status.RUNNING,
                lapsedBefore()).stream().filter(run -> !mine.contains(run.id)).toList());
    }

    private Instant lapsedBefore() {
        return Instant.now().minus(config.lease());
    }

    /** Marks each failed, unless it ended meanwhile (its own commit may have just recorded it). */
    private void fail(List<ImportRun> interrupted) {
        interrupted.forEach(run -> {
            int marked = runs.update("status = ?1, finishedAt = ?2, runningSha256 = null, failure = ?3 "
                    + "where id = ?4 and status = ?5", ImportRun.Status.FAILED, Instant.now(), INTERRUPTED, run.id,
                    ImportRun.Status.RUNNING);
            if (marked == 0) {
                return;
            }
            audit.recordBy("system", AuditEntry.Action.IMPORT_FAILED, "import", String.valueOf(run.id), INTERRUPTED
                    + (run.runBy == null ? "" : " (it ran on " + run.runBy + ")"));
            Log.warnf("Import %d of %s was interrupted and is marked failed", run.id, run.fileName);
        });
    }
}
