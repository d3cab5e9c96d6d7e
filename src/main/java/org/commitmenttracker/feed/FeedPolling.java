package org.commitmenttracker.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.ThisInstance;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Polls the feeds that are due, one after another on a worker thread of its own. With several instances on one
 * database each feed is polled by one at a time: the instance whose conditional update claims it. A poll that fails
 * is shown on the feed (last error, failures in a row) and the feed waits before the next, twice as long after each
 * further failure (tracker.feeds.first-backoff up to longest-backoff).
 */
@ApplicationScoped
public class FeedPolling {

    private final FeedRepository feeds;
    private final GdeltFeedReader gdelt;
    private final ReleaseFeedReader releases;
    private final FeedConfig config;
    private final String instance;
    private final MeterRegistry metrics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "feed-polling");
        thread.setDaemon(true);
        return thread;
    });

    public FeedPolling(FeedRepository feeds, GdeltFeedReader gdelt, ReleaseFeedReader releases, FeedConfig config,
                       ThisInstance instance, MeterRegistry metrics) {
        this.feeds = feeds;
        this.gdelt = gdelt;
        this.releases = releases;
        this.config = config;
        this.instance = instance.name();
        this.metrics = metrics;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    @Scheduled(identity = "feed-polling", every = "${tracker.feeds.tick}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        soon();
    }

    /** Polls the due feeds on the worker, after any round already queued. */
    public void soon() {
        worker.submit(this::round);
    }

    private void round() {
        try {
            Instant now = Instant.now();
            List<String> due = QuarkusTransaction.requiringNew().call(() -> feeds.dueIds(now));
            for (String id : due) {
                if (QuarkusTransaction.requiringNew().call(() -> feeds.claim(id, instance, Instant.now(),
                        Instant.now().plus(config.claim())))) {
                    poll(id);
                }
            }
        } catch (RuntimeException e) {
            Log.error("A round of feed polls stopped; the next one resumes it", e);
        }
    }

    private void poll(String id) {
        Feed feed = QuarkusTransaction.requiringNew().call(() -> feeds.findById(id));
        if (feed == null) {
            return; // removed meanwhile
        }
        long started = System.nanoTime();
        PollResult result;
        String error = null;
        try {
            result = feed.kind.readsReleases() ? releases.poll(feed) : gdelt.poll(feed);
            error = result.failed() == 0 ? null : result.failed() + " item(s) failed; the first, " + result.firstFailure();
        } catch (FeedFetcher.FetchFailed e) {
            result = null;
            error = e.getMessage();
        } catch (RuntimeException e) {
            result = null;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Log.errorf(e, "Feed %s: the poll failed", id);
        }
        record(id, result, error);
        metrics.timer("tracker.feeds.polls", "feed", id, "outcome", error == null ? "ok" : "failed")
                .record(Duration.ofNanos(System.nanoTime() - started));
        if (result != null) {
            metrics.counter("tracker.feeds.items", "feed", id).increment(result.added());
        }
    }

    private void record(String id, PollResult result, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Feed feed = feeds.findById(id);
            if (feed == null) {
                return;
            }
            Instant now = Instant.now();
            feed.lastPollAt = now;
            if (result != null) {
                feed.itemsSeen += result.seen();
                feed.itemsNew += result.added();
                feed.etag = result.etag();
                feed.lastModified = result.lastModified();
            }
            if (error == null) {
                feed.lastSuccessAt = now;
                feed.lastError = null;
                feed.failures = 0;
                feed.nextPollAt = now.plus(feed.every());
            } else {
                feed.lastError = error.length() <= 2000 ? error : error.substring(0, 1999) + "…";
                feed.failures++;
                feed.nextPollAt = now.plus(backoff(feed.failures));
                Log.warnf("Feed %s: %s (failure %d in a row; next poll at %s)", id, error, feed.failures,
                        feed.nextPollAt);
            }
            feed.claimedBy = null;
            feed.claimedUntil = null;
        });
    }

    /** The wait after the n-th failure in a row: the first backoff doubled n - 1 times, up to the longest. */
    Duration backoff(int failures) {
        Duration wait = config.firstBackoff();
        for (int i = 1; i < failures && wait.compareTo(config.longestBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.longestBackoff()) > 0 ? config.longestBackoff() : wait;
    }
}
