package org.commitmenttracker.evaluation;

import java.util.Map;
import java.util.Set;

/** Which untrusted events staff confirmed, and for which commitments. Owned by evaluation, implemented by suggestions. */
public interface ConfirmedSuggestions {

    /** The ids of the commitments each confirmed event counts for, by event id. */
    Map<String, Set<String>> commitmentsByEvent();
}
