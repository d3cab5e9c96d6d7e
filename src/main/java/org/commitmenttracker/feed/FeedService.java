package org.commitmenttracker.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.http.FieldError;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.OutboundTargets;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.vocabulary.Resolution;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.commitmenttracker.vocabulary.VocabularyInUse;

/** Adds, lists and removes feeds, and asks for a poll now; the polling itself is {@link FeedPolling}'s. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {

    static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);
    private static final Duration LONGEST_EVERY = Duration.ofDays(7);

    private final FeedRepository feeds;
    private final FeedItemRepository items;
    private final FeedConfig config;
    private final OutboundTargets targets;
    private final VocabularyInUse vocabulary;
    private final AuditLog audit;

    public FeedService(FeedRepository feeds, FeedItemRepository items, FeedConfig config, VocabularyInUse vocabulary,
                       AuditLog audit) {
        this.feeds = feeds;
        this.items = items;
        this.config = config;
        this.targets = new OutboundTargets(config.allowPrivateTargets());
        this.vocabulary = vocabulary;
        this.audit = audit;
    }

    /** Adds the feed, due for its first poll now; 400 naming each bad field, 409 when the id is taken. */
    @Transactional
    public Feed add(FeedInput input, String by) {
        List<FieldError> errors = new ArrayList<>();
        Duration every = every(input.every(), errors);
        checkUrl(input.url(), errors);
        List<String> parties = parties(input.parties(), errors);
        if (input.kind() != null && input.kind().readsReleases()) {
            onlyForGdelt("parties", input.parties(), errors);
            onlyForGdelt("cameoRoots", input.cameoRoots(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (feeds.findByIdOptional(input.id()).isPresent()) {
            throw new ClientErrorException("A feed with id '" + input.id() + "' already exists.",
                    Response.Status.CONFLICT);
        }
        Feed feed = new Feed();
        feed.id = input.id();
        feed.kind = input.kind();
        feed.url = input.url().strip();
        feed.everySeconds = every.toSeconds();
        feed.publisher = input.publisher();
        feed.trusted = Boolean.TRUE.equals(input.trusted());
        feed.parties = parties;
        feed.cameoRoots = input.cameoRoots() == null ? new ArrayList<>() : List.copyOf(input.cameoRoots());
        feed.createdAt = Instant.now();
        feed.createdBy = by;
        feed.nextPollAt = feed.createdAt;
        feeds.persist(feed);
        audit.recordBy(by, AuditEntry.Action.FEED_ADDED, "feed", feed.id, feed.kind + " " + feed.url + " every "
                + every + (feed.trusted ? ", trusted" : ", suggestions only"));
        return feed;
    }

    public List<Feed> list() {
        return feeds.listAll(io.quarkus.panache.common.Sort.by("id"));
    }

    public Optional<Feed> find(String id) {
        return feeds.findByIdOptional(id);
    }

    public Feed findOrNotFound(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No feed with id '" + id + "'."));
    }

    /** Removes the feed and its history of items; what it imported stays. */
    @Transactional
    public void remove(String id, String by) {
        Feed feed = findOrNotFound(id);
        items.delete("feedId", id);
        feeds.delete(feed);
        audit.recordBy(by, AuditEntry.Action.FEED_REMOVED, "feed", id, feed.kind + " " + feed.url);
    }

    /** Makes the feed due now, so that the next poll round takes it. */
    @Transactional
    public Feed pollSoon(String id) {
        Feed feed = findOrNotFound(id);
        feed.nextPollAt = Instant.now();
        return feed;
    }

    public Page<FeedItem> items(String id, PageRequest page) {
        findOrNotFound(id);
        return items.ofFeed(id, page);
    }

    private Duration every(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return DEFAULT_EVERY;
        }
        try {
            Duration every = Duration.parse(value.strip());
            if (every.compareTo(config.shortestInterval()) < 0 || every.compareTo(LONGEST_EVERY) > 0) {
                errors.add(new FieldError("every", "must be from " + config.shortestInterval() + " to "
                        + LONGEST_EVERY + ", got " + value));
            }
            return every;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("every", "must be an ISO-8601 duration such as PT15M, got '" + value + "'"));
            return DEFAULT_EVERY;
        }
    }

    private static void onlyForGdelt(String field, List<String> values, List<FieldError> errors) {
        if (values != null && !values.isEmpty()) {
            errors.add(new FieldError(field, "filters GDELT_EVENTS feeds only; a release feed takes every entry"));
        }
    }

    private void checkUrl(String url, List<FieldError> errors) {
        try {
            targets.check(url);
        } catch (OutboundTargets.RefusedTarget e) {
            errors.add(new FieldError("url", e.getMessage()));
        }
    }

    /** The parties as concept ids; a word no party concept has is refused, with the closest ones. */
    private List<String> parties(List<String> terms, List<FieldError> errors) {
        List<String> ids = new ArrayList<>();
        if (terms == null) {
            return ids;
        }
        Vocabulary v = vocabulary.vocabulary();
        for (int i = 0; i < terms.size(); i++) {
            Resolution r = v.resolve(Vocabulary.PARTIES, terms.get(i));
            if (r.resolved()) {
                ids.add(r.concept().id());
            } else {
                errors.add(new FieldError("parties[" + i + "]", r.describeUnknown()));
            }
        }
        return ids;
    }
}
