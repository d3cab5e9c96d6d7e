package org.commitmenttracker.commitment;

import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;

/** Which commitments to list; null fields do not filter. Status refers to the latest evaluation run. */
public record CommitmentFilter(Status status, String actor, String addressee, String topic, Kind kind, String sourceId) {
}
