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
 * Writes normalised rows as events, a chunk at a time, inside the caller's transaction. Rows with the same key (day,
 * parties, type, topics), in this file or an earlier one, become one event whose mention, source and article counts
 * add up and whose source addresses are all kept; a row whose dataset id was imported before is left alone. Every
 * event created or merged into is handed to the proposals (which match untrusted ones against the commitments).
 */
final class EventMerger {

    static final int CHUNK = 1_000;
    static final int MAX_URLS = 50;

    private final EventRows rows;
    private final ImportRun run;
    private final ImportProposals proposals;
    private final List<NormalisedRow> pending = new ArrayList<>();
    private final Instant now = Instant.now();
    private long numbered;

    EventMerger(EventRows rows, ImportRun run, ImportProposals proposals) {
        this.rows = rows;
        this.run = run;
        this.proposals = proposals;
    }

    void add(NormalisedRow row) {
        pending.add(row);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** Writes what is pending. */
    void finish() {
        flush();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> imported = rows.importedKeys(pending.stream().map(r -> r.row().datasetKey())
                .filter(k -> k != null).toList());
        Set<String> seen = new HashSet<>(); // earlier chunks' keys are among the imported: written in this transaction
        Map<String, List<NormalisedRow>> byEvent = new LinkedHashMap<>();
        for (NormalisedRow row : pending) {
            String key = row.row().datasetKey();
            if (key != null && (imported.contains(key) || !seen.add(key))) {
                run.rowsRepeated++;
            } else {
                byEvent.computeIfAbsent(row.mergeKey(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Event> existing = existing(byEvent.keySet());
        Chunk chunk = new Chunk();
        byEvent.forEach((key, rowsOfEvent) -> write(existing.get(key), rowsOfEvent, chunk));
        rows.write(chunk.created, chunk.merged, chunk.datasetKeys);
        pending.clear();
    }

    /** What one chunk writes. */
    private static final class Chunk {
        final List<Event> created = new ArrayList<>();
        final List<Event> merged = new ArrayList<>();
        final List<EventRows.DatasetKey> datasetKeys = new ArrayList<>();
    }

    private void write(Event known, List<NormalisedRow> rowsOfEvent, Chunk chunk) {
        if (known != null && known.dedupeKey == null) {
            run.rowsRepeated += rowsOfEvent.size(); // an event recorded by hand under that id: not ours to change
            return;
        }
        Event event = known != null ? known : newEvent(rowsOfEvent.get(0));
        (known != null ? chunk.merged : chunk.created).add(event);
        if (known == null) {
            run.eventsCreated++;
        }
        for (int i = 0; i < rowsOfEvent.size(); i++) {
            NormalisedRow row = rowsOfEvent.get(i);
            if (known != null || i > 0) {
                merge(event, row);
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
        proposals.consider(event, rowsOfEvent.get(0));
    }

    /** The events already stored under the given merge keys: a file's own id, or a dedupe key. */
    private Map<String, Event> existing(Set<String> mergeKeys) {
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

    private Event newEvent(NormalisedRow row) {
        Event e = new Event();
        e.id = newId(row);
        e.date = row.row().date();
        e.type = row.type();
        e.title = truncate(row.title(), 500);
        e.participants.addAll(row.parties());
        e.topics.addAll(row.topics());
        e.citation = truncate(row.row().citation() != null ? row.row().citation() : "import " + run.id, 1000);
        e.note = row.row().note();
        e.createdAt = now;
        e.importId = run.id;
        e.trusted = run.trusted;
        e.dedupeKey = row.givenId() == null ? row.dedupeKey() : null;
        e.mentions = row.row().mentions();
        e.sourceCount = row.row().sources();
        e.articles = row.row().articles();
        addUrl(e, row.row().citation());
        e.rawCodes = row.unresolved().isEmpty() ? null : truncate(String.join(" ", row.unresolved()), 2000);
        return e;
    }

    private void merge(Event e, NormalisedRow row) {
        e.mentions = sum(e.mentions, row.row().mentions());
        e.sourceCount = sum(e.sourceCount, row.row().sources());
        e.articles = sum(e.articles, row.row().articles());
        e.trusted = e.trusted || run.trusted;
        addUrl(e, row.row().citation());
    }

    private static void addUrl(Event e, String url) {
        if (url != null && e.sourceUrls.size() < MAX_URLS && !e.sourceUrls.contains(url)) {
            List<String> urls = new ArrayList<>(e.sourceUrls);
            urls.add(url);
            e.sourceUrls = urls;
        }
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : a + b;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
