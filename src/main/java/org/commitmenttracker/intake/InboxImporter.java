package org.commitmenttracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;


import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.logging.Log;

/**
 * Imports one file of the inbox folder as user "inbox", then moves it (with its settings file, if any) to done/ or
 * failed/ and writes its report beside it as {@code <name>.report.json}. The format comes from a settings file
 * {@code <name>.import.yaml} (the import's query parameters: format, onError, trusted, the column mapping), or from
 * the name: {@code *.export.CSV} or {@code *.zip} is GDELT, {@code *.events.csv} our own CSV.
 */
@ApplicationScoped
public class InboxImporter {

    static final String SETTINGS = ".import.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();

    private final ImportService imports;
    private final IntakeConfig config;

    public InboxImporter(ImportService imports, IntakeConfig config) {
        this.imports = imports;
        this.config = config;
    }

    /** Imports the file and files it away; never throws for a bad file, which goes to failed/ with the reason. */
    void importFile(Path inbox, Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        Path settings = file.resolveSibling(name + SETTINGS);
        Object report;
        boolean succeeded;
        try (InputStream in = Files.newInputStream(file)) {
            ImportService.Request request = request(name, settings);
            ImportService.Started started = imports.startImport(in, request);
            ImportView view = started.alreadyImported() ? started.view()
                    : imports.awaitFinished(started.view().id(), config.timeout().plus(Duration.ofMinutes(1)));
            report = view;
            succeeded = view.status() == ImportRun.Status.SUCCEEDED;
        } catch (ImportRefusedException e) {
            report = Map.of("status", "REFUSED", "detail", e.getMessage(), "rowErrors", e.rows());
            succeeded = false;
        } catch (RuntimeException | IOException e) {
            report = Map.of("status", "REFUSED", "detail", String.valueOf(e.getMessage()));
            succeeded = false;
        }
        InboxFiling.fileAway(inbox, file, succeeded, report, SETTINGS);
        Log.infof("Inbox: %s %s", name, succeeded ? "imported, moved to done/" : "not imported, moved to failed/");
    }

    private static ImportService.Request request(String name, Path settings) throws IOException {
        ImportQuery query = Files.exists(settings) ? YAML.readValue(settings.toFile(), ImportQuery.class)
                : new ImportQuery();
        if (query.format == null) {
            query.format = formatOf(name);
        }
        query.fileName = name;
        return query.parse("inbox");
    }

    /** The format a file's name implies, or null (the import then says a format is required). */
    static String formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".export.csv") || lower.endsWith(".zip")) {
            return ImportFormat.GDELT.id();
        }
        return lower.endsWith(".events.csv") ? ImportFormat.EVENTS_CSV.id() : null;
    }
}
