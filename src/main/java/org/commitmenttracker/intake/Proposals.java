package org.commitmenttracker.intake;

import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.event.Event;
import org.commitmenttracker.event.EventFacts;
import org.commitmenttracker.suggestion.SuggestionMatcher;
import org.commitmenttracker.suggestion.SuggestionService;

/** Proposes stored imported events as suggestions through a matcher, ranking them by how widely they were reported. */
final class Proposals {

    private Proposals() {
    }

    /** Returns how many suggestions were added; must run inside a transaction. */
    static int propose(List<Event> events, EventFacts facts, SuggestionMatcher matcher,
                       SuggestionService suggestions) {
        List<SuggestionService.Proposal> proposals = new ArrayList<>();
        for (Event e : events) {
            List<SuggestionMatcher.Match> matches = matcher.matches(facts.toFact(e));
            if (!matches.isEmpty()) {
                proposals.add(SuggestionService.Proposal.of(e.id, matches, e.mentions, e.sourceCount));
            }
        }
        return suggestions.propose(proposals, null);
    }
}
