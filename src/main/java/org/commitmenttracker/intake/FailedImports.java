package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ends an import that failed or was interrupted: its record says ROLLING_BACK while the rows it wrote are taken back,
 * then FAILED with the reason. Each step is its own transaction and conditional on the one before, so a crash at any
 * moment leaves an import that the next start finishes rolling back, and an import that has just succeeded is never
 * touched.
 */
@ApplicationScoped
class FailedImports {

    private final ImportRunRepository runs;
    private final ImportRollback rollback;
    private final AuditLog audit;

    FailedImports(ImportRunRepository runs, ImportRollback rollback, AuditLog audit) {
        this.runs = runs;
        this.rollback = rollback;
        this.audit = audit;
    }

    /** Rolls the import back and records it failed for the reason; false if it had already ended. */
    boolean fail(long id, String reason) {
        String failure = reason.substring(0, Math.min(reason.length(), 2000));
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> runs.update(
                "status = ?1, failure = coalesce(failure, ?2), heartbeatAt = ?3 where id = ?4 and status in ?5",
                ImportRun.Status.ROLLING_BACK, failure, Instant.now(), id,
                List.of(ImportRun.Status.RUNNING, ImportRun.Status.ROLLING_BACK)) > 0);
        if (!claimed) {
            return false;
        }
        long started = System.nanoTime();
        ImportRollback.Undone undone = rollback.rollBack(id);
        QuarkusTransaction.requiringNew().run(() -> {
            int marked = runs.update("status = ?1, finishedAt = ?2, runningSha256 = null where id = ?3 and status = ?4",
                    ImportRun.Status.FAILED, Instant.now(), id, ImportRun.Status.ROLLING_BACK);
            if (marked > 0) {
                ImportRun run = runs.findById(id);
                audit.recordBy(run.importedBy, AuditEntry.Action.IMPORT_FAILED, "import", String.valueOf(id),
                        run.fileName + ": " + run.failure + (run.runBy == null ? "" : " (it ran on " + run.runBy + ")"));
                Log.warnf("Import %d of %s failed and was rolled back in %d ms (%d events and %d suggestions "
                        + "removed, %d earlier events restored): %s", id, run.fileName,
                        (System.nanoTime() - started) / 1_000_000, undone.events(), undone.suggestions(),
                        undone.restored(), run.failure);
            }
        });
        return true;
    }
}
