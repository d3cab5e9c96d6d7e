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

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.commitment.CommitmentRepository;
import org.commitmenttracker.evaluation.FactAssembler;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.suggestion.SuggestionMatcher;
import org.commitmenttracker.suggestion.SuggestionService;
import org.commitmenttracker.vocabulary.Vocabulary;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores the rows of checked files, one import at a time, each in a single transaction: an import that fails or is
 * killed leaves no rows. Events from untrusted files are then matched against every commitment's criteria and
 * proposed as suggestions in the same transaction, and the import's own record says SUCCEEDED, with its counts, in
 * that transaction too: after a crash at any moment, the record and the stored rows agree (RUNNING, then marked
 * failed, means none of its rows were committed).
 */
@ApplicationScoped
public class ImportRunner {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-runner"));
    private final Map<Long, ImportProgress> progress = new ConcurrentHashMap<>();
    /** Imports whose transaction is writing its own record and committing: their heartbeat must not touch it. */
    private final Set<Long> committing = ConcurrentHashMap.newKeySet();
    private final EntityManager em;
    private final ImportRunRepository runs;
    private final ActiveRules rules;
    private final CommitmentRepository commitments;
    private final SuggestionService suggestions;
    private final AuditLog audit;
    private final TrackerConfig.Intake config;
    private final jakarta.enterprise.event.Event<ImportCompleted> completed;

    public ImportRunner(EntityManager em, ImportRunRepository runs, ActiveRules rules,
                        CommitmentRepository commitments, SuggestionService suggestions, AuditLog audit,
                        TrackerConfig config, jakarta.enterprise.event.Event<ImportCompleted> completed) {
        this.completed = completed;
        this.em = em;
        this.runs = runs;
        this.rules = rules;
        this.commitments = commitments;
        this.suggestions = suggestions;
        this.audit = audit;
        this.config = config.intake();
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

    ImportProgress progressOf(long id) {
        return progress.get(id);
    }

    /** The ids of the imports this instance is running now. */
    List<Long> running() {
        return List.copyOf(progress.keySet());
    }

    /** The imports this instance runs whose record is still free to renew (not yet being committed). */
    List<Long> renewable() {
        return progress.keySet().stream().filter(id -> !committing.contains(id)).toList();
    }

    private void run(ImportRun run, ImportFile file, RowReader reader) {
        long started = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().timeout((int) config.timeout().toSeconds())
                    .run(() -> {
                        store(run, file, reader);
                        committing.add(run.id);
                        record(run, ImportRun.Status.SUCCEEDED, null);
                    });
            completed.fire(new ImportCompleted(run.id, run.trusted, run.rowsAccepted));
            Log.infof("Import %d of %s: %d rows accepted (%d merged), %d events created, %d suggestions in %d ms",
                    run.id, run.fileName, run.rowsAccepted, run.rowsMerged, run.eventsCreated, run.suggestions,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            Log.errorf(e, "Import %d of %s failed; nothing from it was stored", run.id, run.fileName);
            QuarkusTransaction.requiringNew().run(() -> record(run, ImportRun.Status.FAILED,
                    "Failed; nothing from the file was stored: " + e.getMessage()));
        } finally {
            committing.remove(run.id);
        }
    }

    private void store(ImportRun run, ImportFile file, RowReader reader) {
        Vocabulary vocabulary = rules.current().vocabulary();
        RowNormaliser normaliser = new RowNormaliser(vocabulary);
        ImportProposals proposals = run.trusted ? ImportProposals.none() : proposals(vocabulary);
        EventMerger merger = new EventMerger(new EventRows(em), run, proposals);
        ImportProgress counter = progress.get(run.id);
        try (NormalisedChunks chunks = NormalisedChunks.start(file, reader, normaliser, counter, EventMerger.CHUNK)) {
            for (List<NormalisedRow> chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                merger.write(chunk);
            }
        }
        long stored = System.nanoTime();
        run.suggestions = proposals.proposeAll(suggestions, em);
        Log.infof("Import %d: rows stored in %d ms, suggestions stored in %d ms", run.id,
                (stored - counter.startedNanos()) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
    }

    /** Proposals against every commitment as it stands now. */
    private ImportProposals proposals(Vocabulary vocabulary) {
        FactAssembler facts = new FactAssembler(vocabulary);
        List<CommitmentFact> all = commitments.listAll().stream().map(facts::toFact).toList();
        em.clear();
        return new ImportProposals(new SuggestionMatcher(all, vocabulary), facts);
    }

    /** Records how the import ended, in the caller's transaction. */
    private void record(ImportRun counts, ImportRun.Status status, String failure) {
        ImportRun run = runs.findById(counts.id);
        run.status = status;
        run.runningSha256 = null;
        run.finishedAt = Instant.now();
        run.failure = failure == null ? null : failure.substring(0, Math.min(failure.length(), 2000));
        if (status == ImportRun.Status.SUCCEEDED) {
            run.rowsAccepted = counts.rowsAccepted;
            run.rowsMerged = counts.rowsMerged;
            run.rowsRepeated = counts.rowsRepeated;
            run.rowsUnresolved = counts.rowsUnresolved;
            run.eventsCreated = counts.eventsCreated;
            run.suggestions = counts.suggestions;
        }
        audit.recordBy(run.importedBy, status == ImportRun.Status.SUCCEEDED ? AuditEntry.Action.IMPORT_FINISHED
                : AuditEntry.Action.IMPORT_FAILED, "import", String.valueOf(run.id), String.format(
                "%s: %d rows read, %d accepted, %d merged, %d skipped, %d repeated, %d unresolved, %d events "
                        + "created, %d suggestions%s", run.fileName, run.rowsRead, run.rowsAccepted, run.rowsMerged,
                run.rowsSkipped, run.rowsRepeated, run.rowsUnresolved, run.eventsCreated, run.suggestions,
                failure == null ? "" : "; " + failure));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
