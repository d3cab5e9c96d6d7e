package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.event.Event;

/**
 * Writes normalised rows as events, a chunk (of {@value #CHUNK} rows as the reader hands them) at a time, inside the
 * caller's transaction (an import commits several chunks at once, see {@link ImportRunner}). Rows with the same key (day, parties, type, topics), in this file or an earlier one, become one
 * event whose mention, source and article counts add up and whose source addresses are all kept; a row whose dataset
 * id was imported before is left alone. Every event created or merged into is handed to the proposals (which match
 * untrusted ones against the commitments). Before an event stored by an earlier import or by hand is first merged into,
 * what it held is kept in the import's undo rows, so that a failed import can give it back.
 */
final class EventMerger {

    static final int CHUNK = 1_000;

    private final ImportRun run;
    private final ImportProposals proposals;
    private final Instant now = Instant.now();
    /** The earlier events whose former state is kept in this import's undo rows. */
    private final Set<String> saved = new HashSet<>();
    private long numbered;

    EventMerger(ImportRun run, ImportProposals proposals) {
        this.run = run;
        this.proposals = proposals;
    }

    /** Writes one chunk of rows through the transaction's rows: one lookup of what is stored, one batch of writes. */
    void write(List<NormalisedRow> rowsRead, EventRows rows) {
        Set<String> imported = rows.importedKeys(rowsRead.stream().map(r -> r.row().datasetKey())
                .filter(k -> k != null).toList());
        Set<String> seen = new HashSet<>(); // earlier chunks' keys are among the imported: written in this transaction
        Map<String, List<NormalisedRow>> byEvent = new LinkedHashMap<>();
        for (NormalisedRow row : rowsRead) {
            String key = row.row().datasetKey();
            if (key != null && (imported.contains(key) || !seen.add(key))) {
                run.rowsRepeated++;
            } else {
                byEvent.computeIfAbsent(row.mergeKey(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Event> existing = existing(byEvent.keySet(), rows);
        Chunk chunk = new Chunk();
        byEvent.forEach((key, rowsOfEvent) -> merge(existing.get(key), rowsOfEvent, chunk));
        rows.write(chunk.created, chunk.merged, chunk.datasetKeys, chunk.undo);
    }

    /** What one chunk writes. */
    private static final class Chunk {
        final List<Event> created = new ArrayList<>();
        final List<Event> merged = new ArrayList<>();
        final List<EventRows.DatasetKey> datasetKeys = new ArrayList<>();
        final List<Event> undo = new ArrayList<>();
    }

    /** Adds one real event's rows to the chunk: a new event, or counts and addresses merged into a stored one. */
    private void merge(Event known, List<NormalisedRow> rowsOfEvent, Chunk chunk) {
        if (known != null && known.dedupeKey == null) {
            run.rowsRepeated += rowsOfEvent.size(); // an event recorded by hand under that id: not ours to change
            return;
        }
        if (known != null && !run.id.equals(known.importId) && saved.add(known.id)) {
            chunk.undo.add(ImportedEvents.copyOf(known));
        }
        NormalisedRow first = rowsOfEvent.get(0);
        Event event = known != null ? known : ImportedEvents.create(first, newId(first), run, now);
        (known != null ? chunk.merged : chunk.created).add(event);
        if (known == null) {
            run.eventsCreated++;
        }
        for (int i = 0; i < rowsOfEvent.size(); i++) {
            NormalisedRow row = rowsOfEvent.get(i);
            if (known != null || i > 0) {
                ImportedEvents.merge(event, row, run.trusted);
                run.rowsMerged++;
            }
            if (row.row().datasetKey() != null) {
                chunk.datasetKeys.add(new EventRows.DatasetKey(row.row().datasetKey(), event.id));
            }
            run.rowsAccepted++;
            if (!row.unresolved().isEmpty()) {
                run.rowsUnresolved++;
            }
        }
        proposals.consider(event, first);
    }

    /** The events already stored under the given merge keys: a file's own id, or a dedupe key. */
    private static Map<String, Event> existing(Set<String> mergeKeys, EventRows rows) {
        List<String> ids = mergeKeys.stream().filter(k -> k.startsWith(NormalisedRow.GIVEN_ID))
                .map(k -> k.substring(NormalisedRow.GIVEN_ID.length())).toList();
        Map<String, Event> found = new LinkedHashMap<>();
        rows.byIds(ids).forEach((id, e) -> found.put(NormalisedRow.GIVEN_ID + id, e));
        found.putAll(rows.byDedupeKeys(mergeKeys.stream().filter(k -> !k.startsWith(NormalisedRow.GIVEN_ID))
                .toList()));
        return found;
    }

    /**
     * A new event's id: the file's own, else one numbered within this import, so that the rows of one import are
     * written side by side in every index that leads with the id (random ids made each insert a random B-tree write).
     */
    private String newId(NormalisedRow row) {
        String given = row.givenId();
        return given != null ? given : String.format("imp-%d-%07d", run.id, ++numbered);
    }
}
