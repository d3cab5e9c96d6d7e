package org.commitmenttracker.alert;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.commitmenttracker.evaluation.RunService;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Queues each webhook subscription's status changes, suggested evidence and candidate commitments awaiting review,
 * as deliveries. The deliveries and the subscription's move past
 * the run they come from are one transaction: a crash before it commits queues them again later, after it nothing
 * is queued twice (and two instances queuing at once collide on the unique event id, one rolling back).
 */
@ApplicationScoped
public class WebhookOutbox {

    private final SubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final StatusChanges changes;
    private final RunService runs;
    private final WebhookEvents events;
    private final ReviewsAwaiting reviewsAwaiting;
    private final CandidatesAwaiting candidatesAwaiting;

    public WebhookOutbox(SubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                         StatusChanges changes, RunService runs, WebhookEvents events,
                         ReviewsAwaiting reviewsAwaiting, CandidatesAwaiting candidatesAwaiting) {
        this.reviewsAwaiting = reviewsAwaiting;
        this.candidatesAwaiting = candidatesAwaiting;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.changes = changes;
        this.runs = runs;
        this.events = events;
    }

    /** Queues what every enabled webhook subscription has not had, up to the current run. */
    public void queueAll() {
        long current = QuarkusTransaction.requiringNew().call(() -> runs.currentRunId().orElse(0L));
        List<Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> subscriptions.webhooks().stream().map(s -> s.id).toList());
        for (Long id : ids) {
            try {
                QuarkusTransaction.requiringNew().run(() -> queue(id, current));
            } catch (PersistenceException e) {
                Log.debugf(e, "Subscription %d's deliveries were queued by another instance", id);
            }
        }
    }

    private void queue(long id, long current) {
        Subscription s = subscriptions.findById(id);
        if (s == null || !s.enabled || current < s.deliveredThrough) {
            return;
        }
        Instant now = Instant.now();
        for (StatusChange change : changes.since(s.deliveredThrough, s.filter())) {
            if (change.runId() <= current) {
                deliveries.persist(delivery(s.id, WebhookEvents.idOf(change), WebhookEvents.STATUS_CHANGED,
                        change.commitmentId(), events.statusChanged(change), now));
            }
        }
        List<AwaitingReview> reviews = reviewsAwaiting.take(s);
        for (AwaitingReview review : reviews) {
            deliveries.persist(delivery(s.id, WebhookEvents.idOf(review), WebhookEvents.EVIDENCE_SUGGESTED,
                    review.commitmentId(), events.evidenceSuggested(review), now));
        }
        List<ProposedCandidates> proposed = candidatesAwaiting.take(s);
        for (ProposedCandidates release : proposed) {
            deliveries.persist(delivery(s.id, WebhookEvents.idOf(release), WebhookEvents.CANDIDATES_PROPOSED, null,
                    events.candidatesProposed(release), now));
        }
        s.deliveredThrough = current;
        deliveries.flush();
    }

    private static WebhookDelivery delivery(long subscription, String eventId, String type, String commitment,
                                            String payload, Instant now) {
        WebhookDelivery d = new WebhookDelivery();
        d.subscriptionId = subscription;
        d.eventId = eventId;
        d.eventType = type;
        d.commitmentId = commitment;
        d.payload = payload;
        d.state = WebhookDelivery.State.PENDING;
        d.nextAttemptAt = now;
        d.createdAt = now;
        return d;
    }
}
