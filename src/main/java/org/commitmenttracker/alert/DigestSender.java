package org.commitmenttracker.alert;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.commitmenttracker.evaluation.CurrentRunStored;
import org.commitmenttracker.evaluation.RunService;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends e-mail digests of status changes: immediate ones after each current run is stored (in the background, so
 * that the run is not held up), daily and weekly ones on their schedules. Each subscription records the last current
 * run it has had, in the transaction that sends its mail, so a digest carries each change once.
 */
@ApplicationScoped
public class DigestSender {

    private final SubscriptionRepository subscriptions;
    private final StatusChanges changes;
    private final RunService runs;
    private final DigestMail mails;
    private final Mailer mailer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "alert-digests");
        thread.setDaemon(true);
        return thread;
    });

    public DigestSender(SubscriptionRepository subscriptions, StatusChanges changes, RunService runs,
                        DigestMail mails, Mailer mailer) {
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.runs = runs;
        this.mails = mails;
        this.mailer = mailer;
    }

    void currentRunStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurrentRunStored stored) {
        worker.submit(() -> sendDue(Subscription.Digest.IMMEDIATE));
    }

    @Scheduled(identity = "daily-digests", cron = "${tracker.alerts.daily-digest}", timeZone = "${tracker.zone}")
    void daily() {
        sendDue(Subscription.Digest.DAILY);
    }

    @Scheduled(identity = "weekly-digests", cron = "${tracker.alerts.weekly-digest}", timeZone = "${tracker.zone}")
    void weekly() {
        sendDue(Subscription.Digest.WEEKLY);
    }

    /** Sends every enabled subscription of the digest the changes it has not had yet; one failure stops no other. */
    public void sendDue(Subscription.Digest digest) {
        long current = QuarkusTransaction.requiringNew().call(() -> runs.currentRunId().orElse(0L));
        List<Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> subscriptions.emailDigests(digest).stream().map(s -> s.id).toList());
        for (Long id : ids) {
            try {
                QuarkusTransaction.requiringNew().run(() -> sendOne(id, current));
            } catch (RuntimeException e) {
                Log.errorf(e, "The %s digest of subscription %d could not be sent; it will be tried again",
                        digest, id);
            }
        }
    }

    /** Sends the subscription the changes of current runs after the last it has had, up to the given one. */
    private void sendOne(long id, long current) {
        Subscription s = subscriptions.findById(id);
        if (s == null || !s.enabled || current <= s.deliveredThrough) {
            return;
        }
        List<StatusChange> due = changes.since(s.deliveredThrough, SubscriptionService.filterOf(s)).stream()
                .filter(c -> c.runId() <= current).toList();
        if (!due.isEmpty()) {
            mailer.send(mails.write(s, due));
            Log.infof("Sent subscription %d's %s digest of %d change(s) to %s", s.id, s.digest, due.size(), s.email);
        }
        s.deliveredThrough = current;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
