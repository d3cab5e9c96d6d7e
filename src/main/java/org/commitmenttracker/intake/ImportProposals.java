package org.commitmenttracker.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.commitmenttracker.event.EventFacts;
import org.commitmenttracker.event.Event;
import org.commitmenttracker.suggestion.SuggestionMatcher;
import org.commitmenttracker.suggestion.SuggestionService;

/**
 * Matches an untrusted import's events against the commitments as they are written, and proposes the matches once
 * the file is stored, ranked by the counts the events ended with. Matching at write time spares reading every event
 * back; an event's criteria (day, parties, type, topics) are its merge key, so merging rows into it never changes
 * what it matches, only its rank.
 */
final class ImportProposals {

    private static final int CHUNK = 1_000;

    private final SuggestionMatcher matcher;
    private final EventFacts facts;
    private final Map<String, Proposed> byEvent = new LinkedHashMap<>();

    /** The matches of one event and its latest counts. */
    private static final class Proposed {
        final List<SuggestionMatcher.Match> matches;
        Integer mentions;
        Integer sources;

        Proposed(List<SuggestionMatcher.Match> matches) {
            this.matches = matches;
        }
    }

    /** Proposals for an import whose events need review; a null matcher proposes nothing (a trusted import). */
    ImportProposals(SuggestionMatcher matcher, EventFacts facts) {
        this.matcher = matcher;
        this.facts = facts;
    }

    static ImportProposals none() {
        return new ImportProposals(null, null);
    }

    /** Takes note of an event just created or merged into, described by one of its rows. */
    void consider(Event event, NormalisedRow row) {
        if (matcher == null || event.trusted) {
            return;
        }
        Proposed proposed = byEvent.get(event.id);
        if (proposed == null) {
            List<SuggestionMatcher.Match> matches = matcher.matches(facts.toFact(shape(event.id, row)));
            if (matches.isEmpty()) {
                return;
            }
            proposed = new Proposed(matches);
            byEvent.put(event.id, proposed);
        }
        proposed.mentions = event.mentions;
        proposed.sources = event.sourceCount;
    }

    /** Stores the suggestions not made before, a chunk at a time, each through {@code store}; returns how many. */
    long proposeAll(ToIntFunction<List<SuggestionService.Proposal>> store) {
        List<SuggestionService.Proposal> all = new ArrayList<>(byEvent.size());
        byEvent.forEach((id, p) -> all.add(SuggestionService.Proposal.of(id, p.matches, p.mentions, p.sources)));
        long added = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            added += store.applyAsInt(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return added;
    }

    /** What the matcher reads of an event: its id and its row's day, type, parties and topics. */
    private static Event shape(String id, NormalisedRow row) {
        Event e = new Event();
        e.id = id;
        e.date = row.row().date();
        e.type = row.type();
        e.participants.addAll(row.parties());
        e.topics.addAll(row.topics());
        return e;
    }
}
