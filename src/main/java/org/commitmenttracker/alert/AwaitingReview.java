package org.commitmenttracker.alert;

import java.util.List;

/** Suggested evidence on one commitment that awaits a decision and that a subscription has not been told of. */
public record AwaitingReview(String commitmentId, String summary, List<Long> suggestionIds) {
}
