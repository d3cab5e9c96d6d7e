package org.commitmenttracker.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;

import org.commitmenttracker.feed.FeedItem.Outcome;
import org.commitmenttracker.intake.ImportFormat;
import org.commitmenttracker.intake.ImportRefusedException;
import org.commitmenttracker.intake.ImportRun;
import org.commitmenttracker.intake.ImportService;
import org.commitmenttracker.intake.ImportView;
import org.commitmenttracker.vocabulary.VocabularyInUse;

/**
 * Polls a GDELT_EVENTS feed: reads its {@code lastupdate.txt}, and for an events export the feed has not dealt with,
 * downloads the zip, checks its size and MD5 against the list, keeps the rows touching the feed's parties and roots,
 * and imports them through intake (trusted or as suggestions, as the feed says). A file that fails a check stores
 * nothing and is tried again at the next poll; intake's de-duplication by GDELT event id is the last guard.
 */
@ApplicationScoped
class GdeltFeedReader {

    private static final Duration IMPORT_WAIT = Duration.ofMinutes(30);
    private static final long MAX_EXPANDED = 2L * 1024 * 1024 * 1024;

    private final FeedFetcher fetcher;
    private final FeedItems items;
    private final ImportService imports;
    private final VocabularyInUse vocabulary;

    GdeltFeedReader(FeedFetcher fetcher, FeedItems items, ImportService imports, VocabularyInUse vocabulary) {
        this.fetcher = fetcher;
        this.items = items;
        this.imports = imports;
        this.vocabulary = vocabulary;
    }

    PollResult poll(Feed feed) {
        FeedFetcher.Fetched list = fetcher.get(feed.url, feed.etag, feed.lastModified);
        if (list.notModified()) {
            return PollResult.notModified(feed.etag, feed.lastModified);
        }
        List<GdeltFileList.Listed> exports = GdeltFileList.eventsExports(list.body());
        if (exports.isEmpty()) {
            throw new FeedFetcher.FetchFailed(feed.url + " names no events export (*.export.CSV.zip)");
        }
        long added = 0;
        long failed = 0;
        String firstFailure = null;
        for (GdeltFileList.Listed file : exports) {
            if (items.done(feed.id, file.url())) {
                continue;
            }
            added++;
            FeedItem item = take(feed, file);
            if (item.outcome == Outcome.FAILED) {
                failed++;
                firstFailure = firstFailure == null ? file.name() + ": " + item.detail : firstFailure;
            }
        }
        // A failed file must be asked for again, so the list's validators are kept only when all went through.
        return failed > 0 ? new PollResult(exports.size(), added, failed, firstFailure, null, null)
                : new PollResult(exports.size(), added, 0, null, list.etag(), list.lastModified());
    }

    private FeedItem take(Feed feed, GdeltFileList.Listed file) {
        try {
            GdeltFilter.Kept kept = download(feed, file);
            if (kept.kept() == 0) {
                return items.record(feed.id, file.url(), Outcome.SKIPPED, "none of its " + kept.read()
                        + " rows touches the feed's parties and CAMEO roots", null, 0L);
            }
            return imported(feed, file, kept);
        } catch (FeedFetcher.FetchFailed | ImportRefusedException | ClientErrorException | IOException e) {
            return items.record(feed.id, file.url(), Outcome.FAILED, e.getMessage(), null, null);
        }
    }

    private GdeltFilter.Kept download(Feed feed, GdeltFileList.Listed file) throws IOException {
        byte[] zip = fetcher.get(file.url(), null, null).body();
        if (zip.length != file.size()) {
            throw new FeedFetcher.FetchFailed("downloaded " + zip.length + " bytes; the list says " + file.size());
        }
        String md5 = md5(zip);
        if (!md5.equals(file.md5())) {
            throw new FeedFetcher.FetchFailed("MD5 " + md5 + " differs from the list's " + file.md5());
        }
        return new GdeltFilter(new HashSet<>(feed.parties), new HashSet<>(feed.cameoRoots), vocabulary.vocabulary())
                .fromZip(zip, MAX_EXPANDED);
    }

    private FeedItem imported(Feed feed, GdeltFileList.Listed file, GdeltFilter.Kept kept) {
        String name = file.name().substring(0, file.name().length() - ".zip".length());
        ImportService.Started started;
        try {
            started = imports.startImport(new ByteArrayInputStream(kept.rows()), new ImportService.Request(
                    ImportFormat.GDELT, null, name, true, feed.trusted, "feed:" + feed.id));
        } catch (IOException e) {
            throw new FeedFetcher.FetchFailed("could not be handed to intake: " + e.getMessage());
        }
        ImportView view = started.view();
        if (!started.alreadyImported()) {
            view = awaitImport(view.id());
        }
        if (view.status() != ImportRun.Status.SUCCEEDED) {
            return items.record(feed.id, file.url(), Outcome.FAILED, "import " + view.id() + " " + view.status()
                    + (view.failure() == null ? "" : ": " + view.failure()), view.id(), kept.kept());
        }
        return items.record(feed.id, file.url(), Outcome.IMPORTED, kept.kept() + " of " + kept.read() + " rows kept"
                + (started.alreadyImported() ? "; the same rows were imported before" : ""), view.id(), kept.kept());
    }

    private ImportView awaitImport(long id) {
        try {
            return imports.awaitFinished(id, IMPORT_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedFetcher.FetchFailed("interrupted while import " + id + " ran");
        }
    }

    private static String md5(byte[] bytes) {
        try {
            return String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
