package org.commitmenttracker.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.commitmenttracker.evaluation.CurrentRunStored;
import org.commitmenttracker.extraction.CandidatesProposed;
import org.commitmenttracker.intake.ImportCompleted;
import org.commitmenttracker.http.OutboundTargets;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the outbox: right after each current run (in the background) and on a poll, which also picks up what a
 * previous process left. Each delivery is claimed before it is sent, so one instance alone sends it; a failure
 * waits twice as long as the one before (from the first retry up to the longest wait); after the last attempt the
 * delivery fails and its subscription is disabled with the reason. Nothing is held in memory between rounds.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookOutbox outbox;
    private final WebhookDeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final AlertConfig.Webhooks config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "alert-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    public WebhookDispatcher(WebhookOutbox outbox, WebhookDeliveryRepository deliveries,
                             SubscriptionRepository subscriptions, WebhookTargets targets, WebhookSender sender,
                             AlertConfig config) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.sender = sender;
        this.config = config.webhooks();
    }

    void currentRunStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurrentRunStored stored) {
        worker.submit(this::round);
    }

    /** An import may have suggested evidence: tell webhook subscribers without waiting for a current run. */
    void importCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportCompleted completed) {
        worker.submit(this::round);
    }

    /** A release's text was read: tell webhook subscribers of its candidates. */
    void candidatesProposed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CandidatesProposed proposed) {
        worker.submit(this::round);
    }

    @Scheduled(identity = "webhooks", every = "${tracker.alerts.webhooks.poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        round();
    }

    private void round() {
        try {
            outbox.queueAll();
            deliverDue(Instant.now());
        } catch (RuntimeException e) {
            Log.error("A round of webhook deliveries stopped; the next one resumes it", e);
        }
    }

    /** Attempts every delivery due at the given time that no other instance holds; returns how many succeeded. */
    public int deliverDue(Instant now) {
        int delivered = 0;
        List<Long> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> deliveries.due(now, config.batchSize()));
            int claimed = 0;
            for (Long id : due) {
                if (QuarkusTransaction.requiringNew().call(() -> deliveries.claim(id, now,
                        now.plus(config.claim())))) {
                    claimed++;
                    delivered += attempt(id, now) ? 1 : 0;
                }
            }
            if (claimed == 0) {
                break;
            }
        } while (due.size() == config.batchSize());
        return delivered;
    }

    private record Target(String url, String secret, WebhookDelivery delivery) {
    }

    private boolean attempt(long id, Instant now) {
        Target target = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = deliveries.findById(id);
            Subscription s = subscriptions.findById(d.subscriptionId);
            return new Target(s.url, s.secret, d);
        });
        WebhookSender.Attempt result;
        try {
            result = sender.send(targets.resolve(target.url()), target.secret(), target.delivery());
        } catch (OutboundTargets.RefusedTarget e) {
            result = new WebhookSender.Attempt(null, "the target " + e.getMessage());
        }
        WebhookSender.Attempt outcome = result;
        QuarkusTransaction.requiringNew().run(() -> record(id, outcome, now));
        return outcome.delivered();
    }

    private void record(long id, WebhookSender.Attempt result, Instant now) {
        WebhookDelivery d = deliveries.findById(id);
        d.attempts++;
        d.lastAttemptAt = now;
        d.lastStatus = result.status();
        d.claimedUntil = null;
        if (result.delivered()) {
            d.state = WebhookDelivery.State.DELIVERED;
            d.deliveredAt = now;
            d.lastError = null;
            return;
        }
        d.lastError = result.error().length() > 1000 ? result.error().substring(0, 1000) : result.error();
        if (d.attempts < config.maxAttempts()) {
            d.nextAttemptAt = now.plus(backoff(d.attempts));
            Log.infof("Webhook delivery %d failed (%s); attempt %d at %s", d.id, d.lastError, d.attempts + 1,
                    d.nextAttemptAt);
            return;
        }
        d.state = WebhookDelivery.State.FAILED;
        subscriptions.findById(d.subscriptionId).disable("Disabled after " + d.attempts + " failed attempts to "
                + "deliver event " + d.eventId + ": " + d.lastError);
        Log.warnf("Webhook subscription %d disabled: delivery %d failed %d times", d.subscriptionId, d.id,
                d.attempts);
    }

    /** The wait after the given number of failed attempts: the first retry, doubled each time, at most the longest. */
    Duration backoff(int failedAttempts) {
        Duration wait = config.firstRetry();
        for (int i = 1; i < failedAttempts && wait.compareTo(config.longestRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.longestRetry()) > 0 ? config.longestRetry() : wait;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
