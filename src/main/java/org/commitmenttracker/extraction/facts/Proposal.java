package org.commitmenttracker.extraction.facts;

/** The rules' conclusion that a clause is a candidate commitment, with their confidence in it (0 to 1). */
public record Proposal(Clause clause, double confidence) {
}
