package org.commitmenttracker.vocabulary;

import java.util.List;

/**
 * What a term resolved to in one scheme: the concept and how it was recognised ({@code id}, {@code prefLabel},
 * {@code altLabel}, or {@code code:<list>}), or nothing, with up to three close concepts the term may have meant.
 */
public record Resolution(String scheme, String term, Concept concept, String matchedBy, List<Concept> suggestions) {

    public boolean resolved() {
        return concept != null;
    }

    /** "securty-council: did you mean security-council?" or, without close concepts, "not in the topics vocabulary". */
    public String describeUnknown() {
        if (suggestions.isEmpty()) {
            return "'" + term + "' is not in the " + scheme + " vocabulary";
        }
        return "'" + term + "' is not in the " + scheme + " vocabulary; did you mean "
                + String.join(" or ", suggestions.stream().map(c -> c.id() + " (" + c.prefLabel() + ")").toList()) + "?";
    }
}
