package org.commitmenttracker.vocabulary;

import java.util.List;
import java.util.Map;

/**
 * One entry of a scheme: a stable id, the label people see, the other words and spellings that mean it, its broader
 * concepts, and its codes in outside code lists (CAMEO, PLOVER, ISO 3166, FIPS 10-4...). {@code evidence} is false
 * for concepts that never show a promise kept (CAMEO's conflict codes, say); they still resolve.
 */
public record Concept(String scheme, String id, String prefLabel, List<String> altLabels, List<String> broader,
                      Map<String, List<String>> mappings, boolean evidence, String note, String file, int line) {

    public Concept {
        altLabels = List.copyOf(altLabels);
        broader = List.copyOf(broader);
        mappings = Map.copyOf(mappings);
    }

    /** Where the concept is defined, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}
