package org.commitmenttracker.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.event.Event;

/**
 * What an imported event holds: the first row's day, type, parties, topics, title and citation (cut to their columns'
 * lengths), and, as more rows of the same real event come in, their counts added up and their addresses kept (up to
 * {@value #MAX_URLS}).
 */
final class ImportedEvents {

    static final int MAX_URLS = 50;

    private ImportedEvents() {
    }

    static Event create(NormalisedRow row, String id, ImportRun run, Instant now) {
        Event e = new Event();
        e.id = id;
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

    /** What merging changes in an event, as it is now: kept so that a failed import can put it back. */
    static Event copyOf(Event e) {
        Event copy = new Event();
        copy.id = e.id;
        copy.mentions = e.mentions;
        copy.sourceCount = e.sourceCount;
        copy.articles = e.articles;
        copy.sourceUrls = List.copyOf(e.sourceUrls);
        copy.trusted = e.trusted;
        return copy;
    }

    /** Adds another row of the same real event; a trusted file makes the event trusted. */
    static void merge(Event e, NormalisedRow row, boolean trusted) {
        e.mentions = sum(e.mentions, row.row().mentions());
        e.sourceCount = sum(e.sourceCount, row.row().sources());
        e.articles = sum(e.articles, row.row().articles());
        e.trusted = e.trusted || trusted;
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
