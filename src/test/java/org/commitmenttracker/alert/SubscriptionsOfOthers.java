package org.commitmenttracker.alert;

import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Stores a subscription owned by someone else than the test's user. */
final class SubscriptionsOfOthers {

    private SubscriptionsOfOthers() {
    }

    static long stored(String owner, SubscriptionRepository subscriptions) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Subscription s = new Subscription();
            s.owner = owner;
            s.channel = Subscription.Channel.FEED;
            s.digest = Subscription.Digest.IMMEDIATE;
            s.enabled = true;
            s.unsubscribeToken = owner + "-" + System.nanoTime();
            s.createdAt = Instant.now();
            subscriptions.persist(s);
            return s.id;
        });
    }
}
