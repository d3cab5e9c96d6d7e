package org.commitmenttracker.alert;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepository<WebhookDelivery> {

    /** Pending deliveries of enabled subscriptions whose next attempt is due and that no instance holds. */
    public List<Long> due(Instant now, int limit) {
        return getEntityManager().createQuery("select d.id from WebhookDelivery d, Subscription s"
                        + " where s.id = d.subscriptionId and s.enabled = true and d.state = :pending"
                        + " and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil < :now)"
                        + " order by d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", WebhookDelivery.State.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Takes the delivery for this instance until the given time; false when another instance has it or it is no
     * longer pending. The conditional update is atomic in every database, so one instance alone wins.
     */
    public boolean claim(long id, Instant now, Instant until) {
        return update("claimedUntil = ?1 where id = ?2 and state = ?3 and (claimedUntil is null or claimedUntil < ?4)",
                until, id, WebhookDelivery.State.PENDING, now) == 1;
    }

    /** A subscription's deliveries, newest first, optionally in one state. */
    public PanacheQuery<WebhookDelivery> of(long subscriptionId, WebhookDelivery.State state) {
        return state == null ? find("subscriptionId = ?1 order by id desc", subscriptionId)
                : find("subscriptionId = ?1 and state = ?2 order by id desc", subscriptionId, state);
    }

    /** Puts a subscription's failed deliveries back in the queue, when its owner replaces it. */
    public int retryFailed(long subscriptionId, Instant now) {
        return update("state = ?1, attempts = 0, nextAttemptAt = ?2, claimedUntil = null"
                        + " where subscriptionId = ?3 and state = ?4", WebhookDelivery.State.PENDING, now,
                subscriptionId, WebhookDelivery.State.FAILED);
    }
}
