package org.commitmenttracker.feed;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** One request at a time per host, with at least the gap configured between the end of one and the next. */
final class HostGaps {

    private final long gapNanos;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGaps(Duration gap) {
        this.gapNanos = gap.toNanos();
    }

    private static final class Host {
        long lastEnded = Long.MIN_VALUE;
    }

    <T> T politely(String host, Supplier<T> request) {
        Host h = hosts.computeIfAbsent(host.toLowerCase(java.util.Locale.ROOT), k -> new Host());
        synchronized (h) {
            waitForGap(h, host);
            try {
                return request.get();
            } finally {
                h.lastEnded = System.nanoTime();
            }
        }
    }

    private void waitForGap(Host h, String host) {
        if (h.lastEnded == Long.MIN_VALUE) {
            return;
        }
        long wait = h.lastEnded + gapNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedFetcher.FetchFailed("interrupted while waiting to call " + host);
            }
        }
    }
}
