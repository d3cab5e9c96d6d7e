package org.commitmenttracker.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed sign-ins per user name and per client address over a fixed window, and says how long a caller over
 * either limit must wait. Windows are forgotten once they end, and the oldest first beyond 100,000 of them, so that a
 * flood of invented user names cannot fill the memory.
 */
@ApplicationScoped
public class SignInThrottle {

    private record Window(Instant endsAt, int failures) {
    }

    private final SignInLimits limits;
    private final ConcurrentMap<String, Window> windows;

    public SignInThrottle(SignInLimits limits) {
        this.limits = limits;
        this.windows = Caffeine.newBuilder().expireAfterWrite(limits.failureWindow()).maximumSize(100_000)
                .<String, Window>build().asMap();
    }

    /** How long to wait before trying again, when the user or the address used up its failures; empty otherwise. */
    public Optional<Duration> waitFor(String user, String address, Instant now) {
        return waitOf("user:" + user, limits.failuresPerUser(), now)
                .or(() -> waitOf("address:" + address, limits.failuresPerAddress(), now));
    }

    /** Counts a failed sign-in against the user name and the address. */
    public void failed(String user, String address, Instant now) {
        count("user:" + user, now);
        count("address:" + address, now);
    }

    private void count(String key, Instant now) {
        windows.compute(key, (k, w) -> w == null || !w.endsAt().isAfter(now)
                ? new Window(now.plus(limits.failureWindow()), 1) : new Window(w.endsAt(), w.failures() + 1));
    }

    private Optional<Duration> waitOf(String key, int allowed, Instant now) {
        Window window = windows.get(key);
        if (window == null || !window.endsAt().isAfter(now) || window.failures() < allowed) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.endsAt()));
    }
}
