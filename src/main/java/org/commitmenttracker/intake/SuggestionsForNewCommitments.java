package org.commitmenttracker.intake;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.commitmenttracker.commitment.CommitmentFacts;
import org.commitmenttracker.commitment.CommitmentRecorded;
import org.commitmenttracker.event.Event;
import org.commitmenttracker.event.EventFacts;
import org.commitmenttracker.event.EventRepository;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Events;
import org.commitmenttracker.suggestion.SuggestionMatcher;
import org.commitmenttracker.suggestion.SuggestionService;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * A commitment recorded after the events that may show it kept were imported gets its suggestions too: the imported
 * events in which its lookup party took part since its statement are matched against it, in the same transaction.
 * Criteria that name no party are not searched this way (they would compare every imported event); the next import
 * proposes for them.
 */
@ApplicationScoped
public class SuggestionsForNewCommitments {

    static final int PAGE = 1_000;

    private final ActiveRules rules;
    private final EventRepository events;
    private final SuggestionService suggestions;

    public SuggestionsForNewCommitments(ActiveRules rules, EventRepository events, SuggestionService suggestions) {
        this.rules = rules;
        this.events = events;
        this.suggestions = suggestions;
    }

    void suggestFor(@Observes CommitmentRecorded recorded) {
        Vocabulary vocabulary = rules.current().vocabulary();
        CommitmentFact commitment = new CommitmentFacts(vocabulary).toFact(recorded.commitment());
        String party = commitment.getEvidenceLookupParty();
        if (Events.ANY_PARTY.equals(party)) {
            return;
        }
        SuggestionMatcher matcher = new SuggestionMatcher(List.of(commitment), vocabulary);
        for (int page = 0; ; page++) {
            List<Event> found = events.untrustedWithParticipantAfter(party, commitment.getStatedOn(), page, PAGE);
            Proposals.propose(found, new EventFacts(vocabulary), matcher, suggestions);
            if (found.size() < PAGE) {
                return;
            }
        }
    }
}
