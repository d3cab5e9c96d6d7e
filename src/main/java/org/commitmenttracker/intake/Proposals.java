package org.commitmenttracker.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.evaluation.FactAssembler;
import org.commitmenttracker.event.Event;
import org.commitmenttracker.suggestion.SuggestionMatcher;
import org.commitmenttracker.suggestion.SuggestionService;

/** Proposes stored imported events as suggestions through a matcher, ranking them by how widely they were reported. */
final class Proposals {

    private Proposals() {
    }

    /** Returns how many suggestions were added; must run inside a transaction. */
    static int propose(List<Event> events, FactAssembler facts, SuggestionMatcher matcher,
                       SuggestionService suggestions) {
        Map<String, int[]> reach = new HashMap<>();
        events.forEach(e -> reach.put(e.id, new int[]{e.mentions == null ? 1 : e.mentions,
                e.sourceCount == null ? 1 : e.sourceCount}));
        return suggestions.suggest(events.stream().map(facts::toFact).toList(), reach, matcher);
    }
}
