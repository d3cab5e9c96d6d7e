package org.commitmenttracker.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    String dedupeKey() {
        return row.date() + "|" + String.join(",", new TreeSet<>(parties)) + "|" + type + "|"
                + String.join(",", new TreeSet<>(topics));
    }

    /** The id of the event the row becomes: the id the file gives, else one derived from its key, so stable. */
    String eventId() {
        if (row.datasetKey() != null && row.datasetKey().startsWith("events-csv:")) {
            return row.datasetKey().substring("events-csv:".length());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupeKey().getBytes(StandardCharsets.UTF_8));
            return "imp-" + row.date() + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
