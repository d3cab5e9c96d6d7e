package org.commitmenttracker.alert;

import java.util.List;

/** Candidate commitments from one release that await review and that a subscription has not been told of. */
public record ProposedCandidates(String sourceId, String title, List<Long> candidateIds) {
}
