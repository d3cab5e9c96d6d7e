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
import org.commitmenttracker.extraction.CandidatesProposed;
import org.commitmenttracker.intake.ImportCompleted;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends e-mail digests of status changes: immediate ones after each current run is stored (in the background, so
 * that the run is not held up), daily and weekly ones on their schedules. Each subscription records the last current
 * run it has had, in the transaction that sends its mail, so a digest carries each change once, and moves it with a
 * conditional update, so that of two instances sending the same digest one alone does.
 */
@ApplicationScoped
public class DigestSender {

    private final SubscriptionRepository subscriptions;
    private final StatusChanges changes;
    private final RunService runs;
    private final ReviewsAwaiting reviewsAwaiting;
    private final CandidatesAwaiting candidatesAwaiting;
    private final DigestMail mails;
    private final Mailer mailer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "alert-digests");
        thread.setDaemon(true);
        return thread;
    });

    public DigestSender(SubscriptionRepository subscriptions, StatusChanges changes, RunService runs,
                        ReviewsAwaiting reviewsAwaiting, CandidatesAwaiting candidatesAwaiting, DigestMail mails,
                        Mailer mailer) {
        this.reviewsAwaiting = reviewsAwaiting;
        this.candidatesAwaiting = candidatesAwaiting;
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.runs = runs;
        this.mails = mails;
        this.mailer = mailer;
    }

    void currentRunStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurrentRunStored stored) {
        worker.submit(() -> sendDue(Subscription.Digest.IMMEDIATE));
    }

    /** An import may have suggested evidence: immediate digests tell of it without waiting for a current run. */
    void importCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportCompleted completed) {
        worker.submit(() -> sendDue(Subscription.Digest.IMMEDIATE));
    }

    /** A release's text was read: immediate digests tell of its candidates. */
    void candidatesProposed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CandidatesProposed proposed) {
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

    /**
     * Sends the subscription the changes of current runs after the last it has had, up to the given one, and the
     * suggestions awaiting review it has not been told of. Both are marked as had before the mail goes, in the
     * transaction that sends it: a failed send undoes them, and a second instance finds them had.
     */
    private void sendOne(long id, long current) {
        Subscription s = subscriptions.findById(id);
        if (s == null || !s.enabled || current < s.deliveredThrough) {
            return;
        }
        List<StatusChange> due = changes.since(s.deliveredThrough, s.filter()).stream()
                .filter(c -> c.runId() <= current).toList();
        if (!subscriptions.advance(s.id, s.deliveredThrough, current)) {
            return; // another instance sent this digest
        }
        List<AwaitingReview> reviews = reviewsAwaiting.take(s);
        List<ProposedCandidates> proposed = candidatesAwaiting.take(s);
        if (!due.isEmpty() || !reviews.isEmpty() || !proposed.isEmpty()) {
            mailer.send(mails.write(s, due, reviews, proposed));
            Log.infof("Sent subscription %d's %s digest to %s: %d change(s), evidence to review on %d commitment(s),"
                    + " candidates from %d release(s)", s.id, s.digest, s.email, due.size(), reviews.size(),
                    proposed.size());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
