package org.commitmenttracker.alert;

import java.time.Instant;
import java.util.List;

/** A subscription as the API shows it; the unsubscribe token stays out (it is only in the e-mails). */
public record SubscriptionView(Long id, String owner, Subscription.Channel channel, Subscription.Digest digest,
                               String email, List<String> actors, List<String> topics, List<String> kinds,
                               List<String> commitments, List<String> statuses, boolean enabled,
                               String disabledReason, long deliveredThroughRun, Instant createdAt) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id, s.owner, s.channel, s.digest, s.email, s.actors, s.topics, s.kinds,
                s.commitmentIds, s.statuses, s.enabled, s.disabledReason, s.deliveredThrough, s.createdAt);
    }
}
