package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One import of a file: what it was, who sent it, how far it got, and what it did. */
@Entity
@Table(name = "import_run")
public class ImportRun {

    /**
     * RUNNING while rows are written (in chunks, each committed), then SUCCEEDED; an import that fails or is found
     * interrupted is ROLLING_BACK while its rows are deleted, then FAILED. Only a SUCCEEDED import's rows are seen.
     */
    public enum Status {
        RUNNING, ROLLING_BACK, SUCCEEDED, FAILED;

        /** Whether the import still holds its file (a repeat is refused) and is not over. */
        public boolean live() {
            return this == RUNNING || this == ROLLING_BACK;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 1)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportFormat format;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public boolean trusted;

    @Column(name = "on_error", nullable = false)
    public String onError;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    /** Rows stored: each became an event or was merged into one. */
    @Column(name = "rows_accepted", nullable = false)
    public long rowsAccepted;

    /** Accepted rows that described an event already known, from this file or an earlier one. */
    @Column(name = "rows_merged", nullable = false)
    public long rowsMerged;

    /** Bad rows left out (onError=skip). */
    @Column(name = "rows_skipped", nullable = false)
    public long rowsSkipped;

    /** Rows whose dataset id was imported before: left alone, so a re-import changes nothing. */
    @Column(name = "rows_repeated", nullable = false)
    public long rowsRepeated;

    /** Accepted rows with at least one code or word the vocabulary does not know (kept raw). */
    @Column(name = "rows_unresolved", nullable = false)
    public long rowsUnresolved;

    @Column(name = "events_created", nullable = false)
    public long eventsCreated;

    @Column(name = "suggestions", nullable = false)
    public long suggestions;

    /** Up to 100 bad rows, by line and field. */
    @Convert(converter = RowProblemsConverter.class)
    @Column(length = 100000)
    public List<RowProblem> problems = new ArrayList<>();

    @Column(length = 2000)
    public String failure;

    /** The instance running it. */
    @Column(name = "run_by", length = 200)
    public String runBy;

    /** When the instance running it last said it still was; a lapsed heartbeat means it was interrupted. */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    /** The file's SHA-256 while it runs (unique: one import of a file at a time), null once it ended. */
    @Column(name = "running_sha256", length = 64)
    public String runningSha256;
}
