package org.commitmenttracker.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats an import reads. Machine-coded datasets are not trusted by default: their events become suggestions
 * that staff confirm; a staff spreadsheet is.
 */
public enum ImportFormat {

    /** GDELT 2.0 events export: 61 tab-separated columns, no header, CAMEO-coded (the published .CSV or .zip). */
    GDELT("gdelt", false),
    /** Our own event CSV: a header row with the fields of the event API; lists separated by ';'. */
    EVENTS_CSV("events-csv", true),
    /** Any CSV or TSV with a header, read through a column mapping. */
    CSV("csv", false),
    /** PLOVER-coded CSV or TSV (POLECAT exports): a column mapping whose types are PLOVER event types by default. */
    PLOVER("plover", false),
    /** JSON Lines, one event object per line, read through a field mapping. */
    JSONL("jsonl", false);

    private final String id;
    private final boolean trustedByDefault;

    ImportFormat(String id, boolean trustedByDefault) {
        this.id = id;
        this.trustedByDefault = trustedByDefault;
    }

    public String id() {
        return id;
    }

    /** Whether the format needs a column mapping. */
    public boolean mapped() {
        return this == CSV || this == PLOVER || this == JSONL;
    }

    public boolean trustedByDefault() {
        return trustedByDefault;
    }

    public static Optional<ImportFormat> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining(", "));
    }
}
