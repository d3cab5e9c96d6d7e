package org.commitmenttracker.alert;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepository<Subscription> {

    /** Enabled e-mail subscriptions with the given digest. */
    public List<Subscription> emailDigests(Subscription.Digest digest) {
        return list("channel = ?1 and digest = ?2 and enabled = true order by id", Subscription.Channel.EMAIL, digest);
    }

    /** Enabled webhook subscriptions. */
    public List<Subscription> webhooks() {
        return list("channel = ?1 and enabled = true order by id", Subscription.Channel.WEBHOOK);
    }

    /**
     * Moves the subscription past the given run unless another instance has since moved it; true when this call
     * did. The row stays locked until the transaction ends, so a second instance waits and then finds it moved.
     */
    public boolean advance(long id, long seen, long current) {
        return update("deliveredThrough = ?1 where id = ?2 and deliveredThrough = ?3", current, id, seen) == 1;
    }

    public Optional<Subscription> findByToken(String token) {
        return find("unsubscribeToken", token).firstResultOptional();
    }
}
