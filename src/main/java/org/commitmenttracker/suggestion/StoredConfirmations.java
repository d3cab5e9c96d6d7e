package org.commitmenttracker.suggestion;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.evaluation.ConfirmedSuggestions;

/** Staff's confirmed suggestions as evaluation reads them. */
@ApplicationScoped
class StoredConfirmations implements ConfirmedSuggestions {

    private final SuggestionRepository suggestions;

    StoredConfirmations(SuggestionRepository suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public Map<String, Set<String>> commitmentsByEvent() {
        return suggestions.confirmedByEvent();
    }
}
