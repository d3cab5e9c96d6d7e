package org.commitmenttracker.alert;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.commitmenttracker.evaluation.RunService;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.vocabulary.TermResolver;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.commitmenttracker.http.OutboundTargets;

/**
 * Subscriptions to status changes. Each user sees and edits only their own; auditors may read everyone's. A new
 * subscription starts from the current run: it is told about changes made after it, not the backlog.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final RunService runs;
    private final TermResolver vocabulary;
    private final WebhookTargets targets;
    private final WebhookDeliveryRepository deliveries;
    private final SecureRandom random = new SecureRandom();

    public SubscriptionService(SubscriptionRepository subscriptions, RunService runs, TermResolver vocabulary,
                               WebhookTargets targets, WebhookDeliveryRepository deliveries) {
        this.subscriptions = subscriptions;
        this.runs = runs;
        this.vocabulary = vocabulary;
        this.targets = targets;
        this.deliveries = deliveries;
    }

    public Page<SubscriptionView> list(String user, boolean everyone, PageRequest page) {
        var query = everyone ? subscriptions.find("order by id") : subscriptions.find("owner = ?1 order by id", user);
        query.page(page.toPanache());
        return new Page<>(query.list().stream().map(SubscriptionView::of).toList(), query.count(), page.page(),
                page.size());
    }

    /** The subscription, if the user may see it; others' are "not found", so that their existence stays private. */
    public Optional<Subscription> visible(long id, String user, boolean everyone) {
        return subscriptions.findByIdOptional(id).filter(s -> everyone || s.owner.equals(user));
    }

    /** The delivery log of a webhook subscription the user may see, newest first; empty when they may not. */
    public Optional<Page<DeliveryView>> deliveries(long id, String user, boolean everyone,
                                                   WebhookDelivery.State state, PageRequest page) {
        return visible(id, user, everyone).map(s -> {
            var query = deliveries.of(s.id, state);
            query.page(page.toPanache());
            return new Page<>(query.list().stream().map(DeliveryView::of).toList(), query.count(), page.page(),
                    page.size());
        });
    }

    @Transactional
    public SubscriptionView create(String owner, @Valid SubscriptionInput input) {
        Subscription s = new Subscription();
        s.owner = owner;
        s.enabled = true;
        s.deliveredThrough = runs.currentRunId().orElse(0L);
        s.unsubscribeToken = token();
        s.createdAt = Instant.now();
        apply(s, input);
        subscriptions.persist(s);
        return SubscriptionView.withSecret(s);
    }

    /**
     * Replaces the owner's subscription and enables it again, putting a webhook's failed deliveries back in the
     * queue; empty when it is not theirs or does not exist. A webhook keeps its secret (shown when it is new).
     */
    @Transactional
    public Optional<SubscriptionView> update(long id, String owner, @Valid SubscriptionInput input) {
        return visible(id, owner, false).map(s -> {
            boolean hadSecret = s.secret != null;
            apply(s, input);
            s.enabled = true;
            s.disabledReason = null;
            if (s.channel == Subscription.Channel.WEBHOOK) {
                deliveries.retryFailed(s.id, Instant.now());
            }
            return hadSecret || s.secret == null ? SubscriptionView.of(s) : SubscriptionView.withSecret(s);
        });
    }

    @Transactional
    public boolean delete(long id, String owner) {
        return visible(id, owner, false).map(s -> {
            subscriptions.delete(s);
            return true;
        }).orElse(false);
    }

    public boolean tokenIsKnown(String token) {
        return token != null && subscriptions.findByToken(token).isPresent();
    }

    /** Turns off the subscription the token names, from the link in its e-mails; false for an unknown token. */
    @Transactional
    public boolean unsubscribe(String token) {
        return token != null && subscriptions.findByToken(token).map(s -> {
            s.enabled = false;
            s.disabledReason = "unsubscribed from an e-mail";
            return true;
        }).orElse(false);
    }

    private void apply(Subscription s, SubscriptionInput input) {
        Subscription.Channel channel = input.channel();
        onlyFor(channel, Subscription.Channel.EMAIL, "email", input.email());
        onlyFor(channel, Subscription.Channel.EMAIL, "digest", input.digest());
        onlyFor(channel, Subscription.Channel.WEBHOOK, "url", input.url());
        s.channel = channel;
        s.digest = input.digest() == null ? Subscription.Digest.IMMEDIATE : input.digest();
        s.email = channel == Subscription.Channel.EMAIL ? input.email().strip() : null;
        s.url = channel == Subscription.Channel.WEBHOOK ? checkedUrl(input.url()) : null;
        if (channel != Subscription.Channel.WEBHOOK) {
            s.secret = null;
        } else if (s.secret == null) {
            s.secret = token();
        }
        s.actors = resolved(Vocabulary.PARTIES, input.actors());
        s.addressees = resolved(Vocabulary.PARTIES, input.addressees());
        s.topics = resolved(Vocabulary.TOPICS, input.topics());
        s.kinds = names(input.kinds());
        s.commitmentIds = input.commitments() == null ? List.of() : input.commitments().stream().sorted().toList();
        s.statuses = names(input.statuses());
        s.suggestions = Boolean.TRUE.equals(input.suggestions());
        s.candidates = Boolean.TRUE.equals(input.candidates());
    }

    /** A field required by one channel and refused by the others. */
    private static void onlyFor(Subscription.Channel channel, Subscription.Channel owner, String field, Object value) {
        boolean given = value != null && !(value instanceof String text && text.isBlank());
        if (channel == owner && !given && !field.equals("digest")) {
            throw new InvalidRequestException(field, "is required for a " + owner + " subscription");
        }
        if (channel != owner && given) {
            throw new InvalidRequestException(field, "applies only to " + owner + " subscriptions");
        }
    }

    private String checkedUrl(String url) {
        try {
            return targets.check(url).toString();
        } catch (OutboundTargets.RefusedTarget e) {
            throw new InvalidRequestException("url", e.getMessage());
        }
    }

    private List<String> resolved(String scheme, Set<String> terms) {
        return terms == null ? List.of()
                : terms.stream().map(t -> vocabulary.storedForm(scheme, t)).distinct().sorted().toList();
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).sorted().toList();
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
