package org.commitmenttracker.intake;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A row in concepts: its type, parties and topics as concept ids (or uncontrolled forms, with the raw codes that did
 * not resolve), and the key that identifies the real event it describes: same day, same parties, same type, same
 * topics.
 */
record NormalisedRow(ImportRow row, String type, Set<String> parties, Set<String> topics, List<String> unresolved,
                     String title) {

    static final String GIVEN_ID = "id:";

    String dedupeKey() {
        return row.date() + "|" + String.join(",", new TreeSet<>(parties)) + "|" + type + "|"
                + String.join(",", new TreeSet<>(topics));
    }

    /** The id the file gives the event (our own event CSV), or null: the event is then known by its dedupe key. */
    String givenId() {
        String key = row.datasetKey();
        return key != null && key.startsWith("events-csv:") ? key.substring("events-csv:".length()) : null;
    }

    /** What rows of one event share: the file's own id where it gives one, else the dedupe key. */
    String mergeKey() {
        String given = givenId();
        return given != null ? GIVEN_ID + given : dedupeKey();
    }
}
