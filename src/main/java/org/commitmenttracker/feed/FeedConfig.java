package org.commitmenttracker.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of feeds, under {@code tracker.feeds.} */
@ConfigMapping(prefix = "tracker.feeds")
public interface FeedConfig {

    /** How often due feeds are looked for ("off" to poll only when asked, through POST /api/feeds/{id}/poll). */
    @WithDefault("30s")
    String tick();

    /** Accept feed URLs on loopback, private, link-local and other non-public addresses (off in production). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** The shortest interval a feed may be polled at. */
    @WithDefault("PT1M")
    Duration shortestInterval();

    /** The wait after one failed poll; each further failure doubles it, up to the longest wait. */
    @WithDefault("PT1M")
    Duration firstBackoff();

    /** The longest wait after failed polls. */
    @WithDefault("PT6H")
    Duration longestBackoff();

    /** How long an instance holds a feed it is polling before another may take it over. */
    @WithDefault("PT10M")
    Duration claim();

    /** How long one request may take to connect, and to answer in full. */
    @WithDefault("PT30S")
    Duration connectTimeout();

    @WithDefault("PT5M")
    Duration readTimeout();

    /** The largest download accepted, in bytes (a GDELT 15-minute export zip is under 1 MB). */
    @WithDefault("104857600")
    long maxDownloadBytes();

    /** The shortest gap between two requests to one host. */
    @WithDefault("PT1S")
    Duration hostGap();

    /** The most new entries of a release feed taken in one poll; the rest wait for the next. */
    @WithDefault("50")
    int maxItemsPerPoll();

    /** The User-Agent sent with every request: the service's name and its address (tracker.public-url). */
    String userAgent();
}
