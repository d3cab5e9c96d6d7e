package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An import as the API shows it: the file, who sent it, its progress while it runs, and its report when done. */
@Schema(description = "An import: the file, its status and counts; while running, progress, rows/s and ETA")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportView(long id, String format, String fileName, long sizeBytes, String sha256, boolean trusted,
                         String onError, ImportRun.Status status, String importedBy, String runBy,
                         Instant startedAt,
                         Instant finishedAt, long rowsTotal, long rowsRead, long rowsAccepted, long rowsMerged,
                         long rowsSkipped, long rowsRepeated, long rowsUnresolved, long eventsCreated,
                         long suggestions, Double percent, Double rowsPerSecond, Long etaSeconds,
                         List<RowProblem> problems, String failure) {

    static ImportView of(ImportRun r, ImportProgress progress) {
        boolean running = r.status == ImportRun.Status.RUNNING && progress != null;
        return new ImportView(r.id, r.format.id(), r.fileName, r.sizeBytes, r.sha256, r.trusted, r.onError, r.status,
                r.importedBy, r.runBy, r.startedAt, r.finishedAt, r.rowsRead, running ? progress.done() : r.rowsRead,
                r.rowsAccepted, r.rowsMerged, r.rowsSkipped, r.rowsRepeated, r.rowsUnresolved, r.eventsCreated,
                r.suggestions, percent(r, running ? progress : null),
                running ? Double.valueOf(round(progress.rowsPerSecond())) : null,
                running ? progress.etaSeconds() : null,
                r.problems.isEmpty() ? null : r.problems, r.failure);
    }

    private static Double percent(ImportRun r, ImportProgress progress) {
        if (progress != null) {
            return round(progress.percent());
        }
        return r.status == ImportRun.Status.SUCCEEDED ? Double.valueOf(100) : null;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
