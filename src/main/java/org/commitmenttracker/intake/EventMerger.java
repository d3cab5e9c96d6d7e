package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.commitmenttracker.event.Event;

/**
 * Writes normalised rows as events, a chunk at a time, inside the caller's transaction. Rows with the same key (day,
 * parties, type, topics), in this file or an earlier one, become one event whose mention, source and article counts
 * add up and whose source addresses are all kept; a row whose dataset id was imported before is left alone.
 */
final class EventMerger {

    static final int CHUNK = 1_000;
    static final int MAX_URLS = 50;

    private final EntityManager em;
    private final ImportRun run;
    private final List<NormalisedRow> pending = new ArrayList<>();
    private final Set<String> seenDatasetKeys = new HashSet<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private long numbered;

    EventMerger(EntityManager em, ImportRun run) {
        this.em = em;
        this.run = run;
    }

    void add(NormalisedRow row) {
        pending.add(row);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /** Writes what is pending; returns the ids of every event created or merged into. */
    Set<String> finish() {
        flush();
        return touched;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> imported = alreadyImported(pending);
        Map<String, List<NormalisedRow>> byEvent = new LinkedHashMap<>();
        for (NormalisedRow row : pending) {
            String key = row.row().datasetKey();
            if (key != null && (imported.contains(key) || !seenDatasetKeys.add(key))) {
                run.rowsRepeated++;
            } else {
                byEvent.computeIfAbsent(row.mergeKey(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Event> existing = existing(byEvent.keySet());
        byEvent.forEach((key, rows) -> write(existing.get(key), rows));
        pending.clear();
        em.flush();
        em.clear();
    }

    private void write(Event known, List<NormalisedRow> rows) {
        if (known != null && known.dedupeKey == null) {
            run.rowsRepeated += rows.size(); // an event recorded by hand under that id: not ours to change
            return;
        }
        Event event = known != null ? known : newEvent(rows.get(0));
        if (known == null) {
            em.persist(event);
            run.eventsCreated++;
        }
        for (int i = 0; i < rows.size(); i++) {
            NormalisedRow row = rows.get(i);
            if (known != null || i > 0) {
                merge(event, row);
                run.rowsMerged++;
            }
            if (row.row().datasetKey() != null) {
                em.persist(new EventDatasetId(row.row().datasetKey(), event));
            }
            run.rowsAccepted++;
            if (!row.unresolved().isEmpty()) {
                run.rowsUnresolved++;
            }
        }
        touched.add(event.id);
    }

    /** The events already stored under the given merge keys: a file's own id, or a dedupe key. */
    private Map<String, Event> existing(Set<String> mergeKeys) {
        Map<String, Event> found = new HashMap<>();
        List<String> ids = mergeKeys.stream().filter(k -> k.startsWith(NormalisedRow.GIVEN_ID)).toList();
        List<String> dedupeKeys = mergeKeys.stream().filter(k -> !k.startsWith(NormalisedRow.GIVEN_ID)).toList();
        if (!ids.isEmpty()) {
            em.createQuery("from Event e where e.id in :ids", Event.class)
                    .setParameter("ids", ids.stream().map(k -> k.substring(NormalisedRow.GIVEN_ID.length())).toList())
                    .getResultList().forEach(e -> found.put(NormalisedRow.GIVEN_ID + e.id, e));
        }
        if (!dedupeKeys.isEmpty()) {
            em.createQuery("from Event e where e.dedupeKey in :keys", Event.class).setParameter("keys", dedupeKeys)
                    .getResultList().forEach(e -> found.put(e.dedupeKey, e));
        }
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
        e.createdAt = Instant.now();
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

    private Set<String> alreadyImported(List<NormalisedRow> rows) {
        List<String> keys = rows.stream().map(r -> r.row().datasetKey()).filter(k -> k != null).toList();
        return keys.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select d.datasetKey from EventDatasetId d where d.datasetKey in :keys", String.class)
                .setParameter("keys", keys).getResultList());
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : a + b;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
