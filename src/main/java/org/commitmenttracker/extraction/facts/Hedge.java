package org.commitmenttracker.extraction.facts;

/** Words that weaken a clause's commitment ("hoped", "may", "would consider"), and by how much (0 to 1). */
public record Hedge(Clause clause, String name, double penalty) {
}
