package org.commitmenttracker.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;

import org.commitmenttracker.evaluation.Today;
import org.commitmenttracker.extraction.ReleaseTextService;
import org.commitmenttracker.feed.FeedItem.Outcome;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.source.SourceInput;
import org.commitmenttracker.source.SourceService;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Polls an RSS or ATOM feed of releases (a ministry's press releases): each entry the feed has not taken yet, oldest
 * first, is fetched from its link, registered as a source (the feed's publisher, the entry's date and title, the
 * link) and its text read for candidates, which staff review as they review any release's. The source and its text
 * are stored together or not at all. A page that cannot be fetched is tried again at the next poll; a page the
 * extraction refuses (not English, too long) is skipped with the reason.
 */
@ApplicationScoped
class ReleaseFeedReader {

    private final FeedFetcher fetcher;
    private final FeedItems items;
    private final SourceService sources;
    private final ReleaseTextService releases;
    private final Today today;
    private final int maxItems;

    ReleaseFeedReader(FeedFetcher fetcher, FeedItems items, SourceService sources, ReleaseTextService releases,
                      Today today, FeedConfig config) {
        this.fetcher = fetcher;
        this.items = items;
        this.sources = sources;
        this.releases = releases;
        this.today = today;
        this.maxItems = config.maxItemsPerPoll();
    }

    PollResult poll(Feed feed) {
        FeedFetcher.Fetched fetched = fetcher.get(feed.url, feed.etag, feed.lastModified);
        if (fetched.notModified()) {
            return PollResult.notModified(feed.etag, feed.lastModified);
        }
        SyndFeed parsed = parse(fetched.body());
        List<SyndEntry> entries = new ArrayList<>(parsed.getEntries());
        java.util.Collections.reverse(entries); // feeds list the newest first
        String publisher = feed.publisher != null ? feed.publisher
                : parsed.getTitle() != null && !parsed.getTitle().isBlank() ? parsed.getTitle().strip() : feed.id;
        long added = 0;
        long failed = 0;
        boolean more = false;
        String firstFailure = null;
        for (SyndEntry entry : entries) {
            String key = key(entry);
            if (key == null || items.done(feed.id, key)) {
                continue;
            }
            if (added == maxItems) {
                more = true; // the rest at the next poll, which must read the list again
                break;
            }
            added++;
            FeedItem item = take(feed, publisher, entry, key);
            if (item.outcome == Outcome.FAILED) {
                failed++;
                firstFailure = firstFailure == null ? key + ": " + item.detail : firstFailure;
            }
        }
        // A failed entry must be asked for again, so the list's validators are kept only when all went through.
        boolean complete = failed == 0 && !more;
        return new PollResult(entries.size(), added, failed, firstFailure, complete ? fetched.etag() : null,
                complete ? fetched.lastModified() : null);
    }

    private static SyndFeed parse(byte[] body) {
        try {
            return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedFetcher.FetchFailed("not an RSS or Atom feed: " + e.getMessage());
        }
    }

    /** The entry's link, or its id when it has none; null when it has neither. */
    private static String key(SyndEntry entry) {
        String link = entry.getLink();
        if (link != null && !link.isBlank()) {
            return link.strip();
        }
        return entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri().strip();
    }

    private FeedItem take(Feed feed, String publisher, SyndEntry entry, String link) {
        byte[] page;
        try {
            page = fetcher.get(link, null, null).body();
        } catch (FeedFetcher.FetchFailed e) {
            return items.recordRelease(feed.id, link, Outcome.FAILED, e.getMessage(), null);
        }
        String sourceId = sourceId(feed, link);
        try {
            ReleaseTextService.Submission read = QuarkusTransaction.requiringNew().call(() -> {
                if (sources.findSourceById(sourceId).isEmpty()) {
                    sources.persistSource(new SourceInput(sourceId, publisher, statedOn(entry), title(entry, link),
                            null, link.length() <= 1000 && link.matches("https?://\\S+") ? link : null));
                }
                return releases.submit(sourceId, page, "text/html", null, "feed:" + feed.id);
            });
            return items.recordRelease(feed.id, link, Outcome.READ, read.candidates().size() + " candidate(s)",
                    sourceId);
        } catch (InvalidRequestException | WebApplicationException | ConstraintViolationException e) {
            return items.recordRelease(feed.id, link, Outcome.SKIPPED, e.getMessage(), null);
        }
    }

    private LocalDate statedOn(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? today.date() : LocalDate.ofInstant(date.toInstant(), today.zone());
    }

    private static String title(SyndEntry entry, String link) {
        String title = entry.getTitle() == null || entry.getTitle().isBlank() ? link : entry.getTitle().strip();
        return title.length() <= 500 ? title : title.substring(0, 499) + "…";
    }

    /** The feed's id and a digest of the link: the same entry always becomes the same source. */
    private static String sourceId(Feed feed, String link) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.UTF_8));
            return feed.id + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
