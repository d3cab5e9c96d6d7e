package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.ThisInstance;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Takes a file in: keeps it on disk, refuses a repeat of a running import (409), answers a repeat of a finished one
 * with that import, checks every row first (a bad row refuses the whole file with its line and field, unless bad
 * rows are to be skipped), then hands the file to the {@link ImportRunner} and answers at once.
 */
@ApplicationScoped
public class ImportService {

    private final ImportRunRepository runs;
    private final ImportRunner runner;
    private final AuditLog audit;
    private final ThisInstance instance;
    private final IntakeConfig config;

    public ImportService(ImportRunRepository runs, ImportRunner runner, AuditLog audit, ThisInstance instance,
                         IntakeConfig config) {
        this.instance = instance;
        this.runs = runs;
        this.runner = runner;
        this.audit = audit;
        this.config = config;
    }

    /** What a request asked for. */
    public record Request(ImportFormat format, ColumnMapping mapping, String fileName, boolean skipBadRows,
                          Boolean trusted, String by) {

        RowReader reader() {
            return RowReader.of(format, mapping);
        }
    }

    /** The import the file started, or the earlier one that already brought the same file in. */
    public record Started(ImportView view, boolean alreadyImported) {
    }

    public Started startImport(InputStream body, Request request) throws IOException {
        ImportFile file = ImportFile.store(body, request.fileName(), config.maxFileSize(), config.maxZipExpansion());
        boolean handedOver = false;
        try {
            Optional<ImportRun> earlier = QuarkusTransaction.requiringNew().call(() -> runs.liveOrDone(file.sha256()));
            if (earlier.isPresent() && earlier.get().status.live()) {
                throw beingImported(earlier.get());
            }
            if (earlier.isPresent()) {
                return new Started(ImportView.of(earlier.get(), null), true);
            }
            FileCheck check = check(file, request);
            ImportRun run = beginUnlessRunning(file, request, check);
            runner.submit(run, file, request.reader());
            handedOver = true;
            return new Started(ImportView.of(run, runner.progressOf(run.id)), false);
        } finally {
            if (!handedOver) {
                file.close();
            }
        }
    }

    private FileCheck check(ImportFile file, Request request) throws IOException {
        FileCheck check;
        try {
            check = FileCheck.of(file, request.reader(), config.problemsListed());
        } catch (ImportFile.BadArchiveException e) {
            refuse(file, request, e.getMessage());
            throw new ImportRefusedException(e.getMessage(), java.util.List.of());
        }
        if (check.rows() == 0) {
            String detail = "The file holds no rows to import; nothing was stored.";
            refuse(file, request, detail);
            throw new ImportRefusedException(detail, java.util.List.of());
        }
        boolean fatal = check.fatal();
        if (check.badRows() > 0 && (fatal || !request.skipBadRows())) {
            String detail = check.badRows() + " of " + check.rows() + " row(s) cannot be imported"
                    + (fatal ? "" : " (send onError=skip to import the others)") + "; nothing was stored.";
            refuse(file, request, detail);
            throw new ImportRefusedException(detail, check.problems());
        }
        return check;
    }

    private void refuse(ImportFile file, Request request, String detail) {
        QuarkusTransaction.requiringNew().run(() -> audit.recordBy(request.by(), AuditEntry.Action.IMPORT_REFUSED,
                "import", file.name(), describe(file) + ": " + detail));
    }

    /**
     * Records the import as running. Two requests with the same file can pass the check above at once (on two
     * instances, say): the unique running SHA-256 lets only the first begin, and the second is refused like a
     * repeat of a running import.
     */
    private ImportRun beginUnlessRunning(ImportFile file, Request request, FileCheck check) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> begin(file, request, check));
        } catch (RuntimeException e) {
            Optional<ImportRun> running = QuarkusTransaction.requiringNew().call(() -> runs.liveOrDone(file.sha256()))
                    .filter(r -> r.status.live());
            throw running.<RuntimeException>map(ImportService::beingImported).orElse(e);
        }
    }

    private static ClientErrorException beingImported(ImportRun running) {
        return new ClientErrorException("The same file is being imported now (import " + running.id + ", "
                + running.status + "); wait for it to finish.", Response.Status.CONFLICT);
    }

    private ImportRun begin(ImportFile file, Request request, FileCheck check) {
        ImportRun run = new ImportRun();
        run.format = request.format();
        run.fileName = file.name();
        run.sizeBytes = file.size();
        run.sha256 = file.sha256();
        run.trusted = request.trusted() != null ? request.trusted() : request.format().trustedByDefault();
        run.onError = request.skipBadRows() ? "skip" : "fail";
        run.status = ImportRun.Status.RUNNING;
        run.runningSha256 = file.sha256();
        run.runBy = instance.name();
        run.importedBy = request.by();
        run.startedAt = Instant.now();
        run.heartbeatAt = run.startedAt;
        run.rowsRead = check.rows();
        run.rowsSkipped = check.badRows();
        run.problems.addAll(check.problems());
        runs.persist(run);
        audit.recordBy(request.by(), AuditEntry.Action.IMPORT_STARTED, "import", String.valueOf(run.id),
                describe(file) + ", " + check.rows() + " rows, " + (run.trusted ? "trusted" : "suggestions only")
                        + (request.mapping() == null ? "" : ", mapping " + request.mapping()));
        return run;
    }

    private static String describe(ImportFile file) {
        return file.name() + " (" + file.size() + " bytes, SHA-256 " + file.sha256() + ")";
    }

    /** Waits until the import is no longer running, or the time is up; returns its view then. */
    public ImportView awaitFinished(long id, java.time.Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (true) {
            ImportView view = QuarkusTransaction.requiringNew().call(() -> findImportById(id)).orElseThrow();
            if (!view.status().live() || System.nanoTime() > until) {
                return view;
            }
            Thread.sleep(200);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportView> findImportById(long id) {
        return runs.findByIdOptional(id).map(r -> ImportView.of(r, runner.progressOf(id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ImportView> listImports(PageRequest page) {
        var query = runs.find("order by id desc").page(page.toPanache());
        return new Page<>(query.list(), query.count(), page.page(), page.size())
                .map(r -> ImportView.of(r, runner.progressOf(r.id)));
    }
}
