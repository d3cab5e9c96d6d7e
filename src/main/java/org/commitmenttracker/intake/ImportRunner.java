package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.commitment.CommitmentFacts;
import org.commitmenttracker.commitment.CommitmentRepository;
import org.commitmenttracker.evaluation.InputsChanged;
import org.commitmenttracker.event.EventFacts;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.suggestion.SuggestionMatcher;
import org.commitmenttracker.suggestion.SuggestionService;
import org.commitmenttracker.vocabulary.Vocabulary;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores the rows of checked files, one import at a time, {@code tracker.intake.commit-rows} rows per transaction.
 * The rows stay hidden until the import's record says SUCCEEDED, which is written once the last chunk and the
 * suggestions are stored; an import that fails is rolled back ({@link FailedImports}), so that, to every reader, an
 * import stored all of its rows or none. Events from untrusted files are matched against every commitment's criteria
 * as they are written and proposed as suggestions once the rows are stored. This worker also finishes the rollback of
 * imports found interrupted.
 */
@ApplicationScoped
public class ImportRunner {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-runner"));
    private final Map<Long, ImportProgress> progress = new ConcurrentHashMap<>();
    /** Imports whose transaction is writing its own record and committing: their heartbeat must not touch it. */
    private final Set<Long> committing = ConcurrentHashMap.newKeySet();
    /** Interrupted imports waiting for, or in, their rollback on this instance. */
    private final Set<Long> recovering = ConcurrentHashMap.newKeySet();
    private final EntityManager em;
    private final ImportRunRepository runs;
    private final ActiveRules rules;
    private final CommitmentRepository commitments;
    private final SuggestionService suggestions;
    private final FailedImports failed;
    private final AuditLog audit;
    private final IntakeConfig config;
    /** ImportCompleted for alerts, InputsChanged for the current run when trusted events came in. */
    private final jakarta.enterprise.event.Event<Object> completed;

    public ImportRunner(EntityManager em, ImportRunRepository runs, ActiveRules rules,
                        CommitmentRepository commitments, SuggestionService suggestions, FailedImports failed,
                        AuditLog audit, IntakeConfig config, jakarta.enterprise.event.Event<Object> completed) {
        this.completed = completed;
        this.em = em;
        this.runs = runs;
        this.rules = rules;
        this.commitments = commitments;
        this.suggestions = suggestions;
        this.failed = failed;
        this.audit = audit;
        this.config = config;
    }

    void submit(ImportRun run, ImportFile file, RowReader reader) {
        progress.put(run.id, new ImportProgress(run.rowsRead));
        worker.submit(() -> {
            try (file) {
                run(run, file, reader);
            } finally {
                progress.remove(run.id);
            }
        });
    }

    /** Rolls back, in turn with the imports, an import found interrupted; an import already queued is left. */
    void recover(long id, String reason) {
        if (!recovering.add(id)) {
            return;
        }
        worker.submit(() -> {
            try {
                rollBack(id, reason);
            } finally {
                recovering.remove(id);
            }
        });
    }

    /** Rolls the import back; a rollback cut short stays ROLLING_BACK, and its lease's lapse starts it again. */
    private void rollBack(long id, String reason) {
        try {
            failed.fail(id, reason);
        } catch (RuntimeException e) {
            Log.errorf(e, "Rolling back import %d failed; it stays ROLLING_BACK and is tried again", id);
        }
    }

    ImportProgress progressOf(long id) {
        return progress.get(id);
    }

    /** The ids of the imports this instance is running or rolling back now. */
    List<Long> running() {
        return java.util.stream.Stream.concat(progress.keySet().stream(), recovering.stream()).toList();
    }

    /** The imports this instance runs whose record is still free to renew (not yet being committed). */
    List<Long> renewable() {
        return running().stream().filter(id -> !committing.contains(id)).toList();
    }

    private void run(ImportRun run, ImportFile file, RowReader reader) {
        long started = System.nanoTime();
        try {
            store(run, file, reader);
            QuarkusTransaction.requiringNew().run(() -> {
                committing.add(run.id);
                succeeded(run);
            });
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from import_undo where import_id = ?1")
                    .setParameter(1, run.id).executeUpdate());
            completed.fire(new ImportCompleted(run.id, run.trusted, run.rowsAccepted));
            if (run.trusted && run.rowsAccepted > 0) {
                completed.fire(InputsChanged.of("events imported"));
            }
            Log.infof("Import %d of %s: %d rows accepted (%d merged), %d events created, %d suggestions in %d ms",
                    run.id, run.fileName, run.rowsAccepted, run.rowsMerged, run.eventsCreated, run.suggestions,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            Log.errorf(e, "Import %d of %s failed; the rows it wrote are being removed", run.id, run.fileName);
            rollBack(run.id, "Failed; nothing from the file was kept: " + e.getMessage());
        } finally {
            committing.remove(run.id);
        }
    }

    private void store(ImportRun run, ImportFile file, RowReader reader) {
        Vocabulary vocabulary = rules.current().vocabulary();
        RowNormaliser normaliser = new RowNormaliser(vocabulary);
        ImportProposals proposals = run.trusted ? ImportProposals.none()
                : QuarkusTransaction.requiringNew().call(() -> proposals(vocabulary));
        EventMerger merger = new EventMerger(run, proposals);
        ImportProgress counter = progress.get(run.id);
        try (NormalisedChunks chunks = NormalisedChunks.start(file, reader, normaliser, counter, EventMerger.CHUNK)) {
            List<NormalisedRow> next = chunks.next();
            while (next != null) {
                next = writeTransaction(run, merger, chunks, next);
            }
        }
        long stored = System.nanoTime();
        run.suggestions = proposals.proposeAll(batch -> QuarkusTransaction.requiringNew()
                .timeout((int) config.timeout().toSeconds()).call(() -> suggestions.propose(batch, run.id)));
        Log.infof("Import %d: rows stored in %d ms, suggestions stored in %d ms", run.id,
                (stored - counter.startedNanos()) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
    }

    /** Writes chunks, from the one given, until the transaction holds commit-rows rows; returns the next chunk. */
    private List<NormalisedRow> writeTransaction(ImportRun run, EventMerger merger, NormalisedChunks chunks,
                                                 List<NormalisedRow> first) {
        return QuarkusTransaction.requiringNew().timeout((int) config.timeout().toSeconds()).call(() -> {
            EventRows rows = new EventRows(em, run.id);
            int written = 0;
            List<NormalisedRow> next = first;
            while (next != null && written < config.commitRows()) {
                merger.write(next, rows);
                written += next.size();
                next = chunks.next();
            }
            return next;
        });
    }

    /** Proposals against every commitment as it stands now. */
    private ImportProposals proposals(Vocabulary vocabulary) {
        CommitmentFacts facts = new CommitmentFacts(vocabulary);
        List<CommitmentFact> all = commitments.listAll().stream().map(facts::toFact).toList();
        em.clear();
        return new ImportProposals(new SuggestionMatcher(all, vocabulary), new EventFacts(vocabulary));
    }

    /**
     * Records the import SUCCEEDED with its counts, which makes its rows seen; refused if it is no longer running
     * (another instance found it lapsed and is rolling it back).
     */
    private void succeeded(ImportRun counts) {
        ImportRun run = runs.findById(counts.id, LockModeType.PESSIMISTIC_WRITE);
        if (run.status != ImportRun.Status.RUNNING) {
            throw new IllegalStateException("the import was found interrupted meanwhile (" + run.status + ")");
        }
        run.status = ImportRun.Status.SUCCEEDED;
        run.runningSha256 = null;
        run.finishedAt = Instant.now();
        run.rowsAccepted = counts.rowsAccepted;
        run.rowsMerged = counts.rowsMerged;
        run.rowsRepeated = counts.rowsRepeated;
        run.rowsUnresolved = counts.rowsUnresolved;
        run.eventsCreated = counts.eventsCreated;
        run.suggestions = counts.suggestions;
        audit.recordBy(run.importedBy, AuditEntry.Action.IMPORT_FINISHED, "import", String.valueOf(run.id),
                String.format("%s: %d rows read, %d accepted, %d merged, %d skipped, %d repeated, %d unresolved, "
                        + "%d events created, %d suggestions", run.fileName, run.rowsRead, run.rowsAccepted,
                        run.rowsMerged, run.rowsSkipped, run.rowsRepeated, run.rowsUnresolved, run.eventsCreated,
                        run.suggestions));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
