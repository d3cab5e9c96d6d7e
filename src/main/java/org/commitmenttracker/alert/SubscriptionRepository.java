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

    public Optional<Subscription> findByToken(String token) {
        return find("unsubscribeToken", token).firstResultOptional();
    }
}
