package org.commitmenttracker.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.evaluation.InputsChanged;
import org.commitmenttracker.event.EventService;
import org.commitmenttracker.event.EventView;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.rules.facts.EventFact;

/** Proposes imported events as evidence, lists the proposals, and records staff decisions on them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SuggestionService {

    private final SuggestionRepository suggestions;
    private final EventService events;
    private final AuditLog audit;
    private final Event<InputsChanged> confirmed;

    public SuggestionService(SuggestionRepository suggestions, EventService events, AuditLog audit,
                             Event<InputsChanged> confirmed) {
        this.confirmed = confirmed;
        this.suggestions = suggestions;
        this.events = events;
        this.audit = audit;
    }

    /** An event, the commitments it may be evidence for, and how widely it was reported (the rank's inputs). */
    public record Proposal(String eventId, List<SuggestionMatcher.Match> matches, int mentions, int sources) {

        /** A proposal from an event's counts as stored; a count the dataset did not give counts as one. */
        public static Proposal of(String eventId, List<SuggestionMatcher.Match> matches, Integer mentions,
                                  Integer sources) {
            return new Proposal(eventId, matches, mentions == null ? 1 : mentions, sources == null ? 1 : sources);
        }
    }

    /**
     * Stores a pending suggestion for every proposed (commitment, event) pair not suggested yet, in the caller's
     * transaction; returns how many were added. The pairs already suggested are looked up in one query: callers with
     * many events pass them a thousand at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int propose(List<Proposal> proposals, Long importId) {
        Set<String> known = suggestions.pairsFor(proposals.stream().map(Proposal::eventId).toList());
        List<Suggestion> fresh = new ArrayList<>();
        for (Proposal p : proposals) {
            for (SuggestionMatcher.Match match : p.matches()) {
                if (known.add(match.commitmentId() + '\u0000' + p.eventId())) {
                    fresh.add(suggestion(match, p, importId));
                }
            }
        }
        suggestions.persist(fresh);
        return fresh.size();
    }

    private static Suggestion suggestion(SuggestionMatcher.Match match, Proposal proposal, Long importId) {
        Suggestion s = new Suggestion();
        s.importId = importId;
        s.commitmentId = match.commitmentId();
        s.eventId = proposal.eventId();
        s.status = Suggestion.Status.PENDING;
        s.typeMatch = match.typeMatch();
        s.score = (int) Math.min(Integer.MAX_VALUE, (long) proposal.mentions() + 2L * proposal.sources()
                + (match.typeMatch() == Suggestion.TypeMatch.EXACT ? 10 : 0));
        s.createdAt = Instant.now();
        return s;
    }

    public Page<SuggestionView> searchSuggestions(Suggestion.Status status, String commitmentId, PageRequest page) {
        Page<Suggestion> found = suggestions.search(status, commitmentId, page);
        Map<String, EventView> byId = events.findEventsByIds(found.items().stream().map(s -> s.eventId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(EventView::id, Function.identity()));
        return found.map(s -> SuggestionView.of(s, byId.get(s.eventId)));
    }

    public Optional<SuggestionView> findSuggestionById(long id) {
        return suggestions.findByIdOptional(id)
                .map(s -> SuggestionView.of(s, events.findEventById(s.eventId).orElse(null)));
    }

    public long countPending() {
        return suggestions.countPending();
    }

    /** Confirms: the event counts as evidence for the commitment from the next evaluation on. */
    @Transactional
    public Optional<SuggestionView> confirm(long id, String by) {
        return decide(id, by, Suggestion.Status.CONFIRMED, null);
    }

    /** Rejects, with the reason staff give. */
    @Transactional
    public Optional<SuggestionView> reject(long id, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "is required to reject a suggestion");
        }
        return decide(id, by, Suggestion.Status.REJECTED, reason.strip());
    }

    private Optional<SuggestionView> decide(long id, String by, Suggestion.Status to, String reason) {
        Optional<Suggestion> found = suggestions.findByIdOptional(id);
        found.ifPresent(s -> {
            if (s.status != Suggestion.Status.PENDING) {
                throw new ClientErrorException("Suggestion " + id + " was already " + s.status.name().toLowerCase()
                        + " by " + s.decidedBy + ".", Response.Status.CONFLICT);
            }
            s.status = to;
            s.decidedBy = by;
            s.decidedAt = Instant.now();
            s.reason = reason;
            audit.record(to == Suggestion.Status.CONFIRMED ? AuditEntry.Action.SUGGESTION_CONFIRMED
                    : AuditEntry.Action.SUGGESTION_REJECTED, "commitment", s.commitmentId,
                    "event " + s.eventId + (reason == null ? "" : ": " + reason));
            if (to == Suggestion.Status.CONFIRMED) {
                confirmed.fire(InputsChanged.of("suggestion confirmed"));
            }
        });
        return found.map(s -> SuggestionView.of(s, events.findEventById(s.eventId).orElse(null)));
    }
}
