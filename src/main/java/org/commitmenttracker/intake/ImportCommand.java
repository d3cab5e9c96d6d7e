package org.commitmenttracker.intake;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.http.InvalidRequestException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code import FILE [name=value ...]}: imports a file from the command line with the settings of the REST import
 * ({@code format=gdelt}, {@code onError=skip}, {@code trusted=true}, the column mapping), drawing a progress bar, and
 * exits 0 when the import succeeded, 1 when the file was refused or the import failed, 2 for bad arguments. Without
 * format=, the name decides as in the inbox: {@code *.export.CSV} or {@code *.zip} GDELT, {@code *.events.csv} ours.
 */
public class ImportCommand implements QuarkusApplication {

    public static final String NAME = "import";
    /** The settings that keep a command-line import from starting the web server and the start-up evaluation. */
    public static final Map<String, String> QUIET_START = Map.of("quarkus.http.host-enabled", "false",
            "tracker.evaluation.on-start", "false", "tracker.evaluation.scheduled", "false",
            "tracker.intake.inbox.enabled", "false", "quarkus.banner.enabled", "false", "quarkus.log.level", "WARN");

    @Inject
    ImportService imports;

    @Override
    public int run(String... args) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (args.length < 2) {
            err.println("usage: import FILE [format=gdelt|events-csv|csv|plover|jsonl] [onError=skip] [trusted=true] "
                    + "[dateColumn=... typeColumn=... participantColumns=... ...]");
            return 2;
        }
        Path file = Path.of(args[1]);
        ImportService.Request request;
        try {
            request = request(file, args);
        } catch (InvalidRequestException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (InputStream in = Files.newInputStream(file)) {
            ImportService.Started started = imports.startImport(in, request);
            ImportView view = started.alreadyImported() ? started.view() : follow(started.view().id(), err);
            out.printf("%s: import %d %s: %,d rows read, %,d accepted (%,d merged), %,d skipped, %,d repeated, "
                            + "%,d unresolved; %,d events created, %,d suggestions%s%n", file, view.id(),
                    started.alreadyImported() ? "was already done" : view.status().name().toLowerCase(),
                    view.rowsTotal(), view.rowsAccepted(), view.rowsMerged(), view.rowsSkipped(), view.rowsRepeated(),
                    view.rowsUnresolved(), view.eventsCreated(), view.suggestions(),
                    view.failure() == null ? "" : "; " + view.failure());
            return view.status() == ImportRun.Status.SUCCEEDED ? 0 : 1;
        } catch (ImportRefusedException e) {
            e.rows().forEach(p -> err.println(file + ":" + p.line() + ": " + p.field() + ": " + p.message()));
            err.println(e.getMessage());
            return 1;
        }
    }

    private static ImportService.Request request(Path file, String[] args) {
        Map<String, String> settings = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected name=value, got '" + args[i] + "'");
            }
            settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        ImportQuery query = new ObjectMapper().convertValue(settings, ImportQuery.class);
        String name = file.getFileName().toString();
        if (query.format == null) {
            query.format = InboxImporter.formatOf(name);
        }
        query.fileName = name;
        return query.parse("command-line:" + System.getProperty("user.name", "unknown"));
    }

    /** Redraws a progress bar until the import finishes; returns its final view. */
    private ImportView follow(long id, PrintStream err) throws InterruptedException {
        while (true) {
            ImportView view = QuarkusTransaction.requiringNew().call(() -> imports.findImportById(id)).orElseThrow();
            if (!view.status().live()) {
                err.println();
                return view;
            }
            double percent = view.percent() == null ? 0 : view.percent();
            int filled = (int) (percent / 5);
            err.printf("\r[%s%s] %5.1f%% %,d/%,d rows, %,.0f rows/s, ETA %s   ", "#".repeat(filled),
                    ".".repeat(20 - filled), percent, view.rowsRead(), view.rowsTotal(),
                    view.rowsPerSecond() == null ? 0.0 : view.rowsPerSecond(),
                    view.etaSeconds() == null ? "-" : view.etaSeconds() + " s");
            Thread.sleep(500);
        }
    }
}
