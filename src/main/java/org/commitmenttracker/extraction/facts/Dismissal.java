package org.commitmenttracker.extraction.facts;

/** A clause that is not a commitment whatever its cues: a negation, a reported past action, page furniture. */
public record Dismissal(Clause clause, String reason) {
}
