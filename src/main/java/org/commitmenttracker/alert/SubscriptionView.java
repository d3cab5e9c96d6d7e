package org.commitmenttracker.alert;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A subscription as the API shows it. The unsubscribe token stays out (it is only in the e-mails); a webhook's
 * secret is shown once, in the answer that creates the subscription.
 */
public record SubscriptionView(Long id, String owner, Subscription.Channel channel, Subscription.Digest digest,
                               String email, String url,
                               @JsonInclude(JsonInclude.Include.NON_NULL)
                               @Schema(description = "WEBHOOK only, and only when subscribing: the key of the "
                                       + "HMAC-SHA256 signature in the X-Tracker-Signature-256 header; keep it")
                               String secret,
                               List<String> actors, List<String> addressees, List<String> topics,
                               List<String> kinds, List<String> commitments, List<String> statuses,
                               boolean suggestions, boolean candidates, boolean enabled,
                               String disabledReason, long deliveredThroughRun, Instant createdAt) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id, s.owner, s.channel, s.digest, s.email, s.url, null, s.actors,
                s.addressees, s.topics, s.kinds, s.commitmentIds, s.statuses, s.suggestions, s.candidates,
                s.enabled, s.disabledReason, s.deliveredThrough, s.createdAt);
    }

    static SubscriptionView withSecret(Subscription s) {
        SubscriptionView v = of(s);
        return new SubscriptionView(v.id, v.owner, v.channel, v.digest, v.email, v.url, s.secret, v.actors,
                v.addressees, v.topics, v.kinds, v.commitments, v.statuses, v.suggestions, v.candidates,
                v.enabled, v.disabledReason, v.deliveredThroughRun, v.createdAt);
    }
}
