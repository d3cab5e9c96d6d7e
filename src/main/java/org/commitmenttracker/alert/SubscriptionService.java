package org.commitmenttracker.alert;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.commitmenttracker.evaluation.RunService;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.commitmenttracker.vocabulary.TermResolver;
import org.commitmenttracker.vocabulary.Vocabulary;

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
    private final SecureRandom random = new SecureRandom();

    public SubscriptionService(SubscriptionRepository subscriptions, RunService runs, TermResolver vocabulary) {
        this.subscriptions = subscriptions;
        this.runs = runs;
        this.vocabulary = vocabulary;
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

    @Transactional
    public SubscriptionView create(String owner, @Valid SubscriptionInput input) {
        Subscription s = new Subscription();
        s.owner = owner;
        s.enabled = true;
        s.deliveredThrough = runs.currentRunId().orElse(0L);
        s.unsubscribeToken = HexFormat.of().formatHex(token());
        s.createdAt = Instant.now();
        apply(s, input);
        subscriptions.persist(s);
        return SubscriptionView.of(s);
    }

    /** Replaces the owner's subscription; empty when it is not theirs or does not exist. */
    @Transactional
    public Optional<SubscriptionView> update(long id, String owner, @Valid SubscriptionInput input) {
        Optional<Subscription> found = visible(id, owner, false);
        found.ifPresent(s -> {
            apply(s, input);
            s.enabled = true;
            s.disabledReason = null;
        });
        return found.map(SubscriptionView::of);
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
        boolean email = input.channel() == Subscription.Channel.EMAIL;
        if (email && (input.email() == null || input.email().isBlank())) {
            throw new InvalidRequestException("email", "is required for an EMAIL subscription");
        }
        if (!email && (input.email() != null || input.digest() != null)) {
            throw new InvalidRequestException(input.email() != null ? "email" : "digest",
                    "applies only to EMAIL subscriptions");
        }
        s.channel = input.channel();
        s.digest = input.digest() == null ? Subscription.Digest.IMMEDIATE : input.digest();
        s.email = email ? input.email().strip() : null;
        s.actors = resolved(Vocabulary.PARTIES, input.actors());
        s.topics = resolved(Vocabulary.TOPICS, input.topics());
        s.kinds = names(input.kinds());
        s.commitmentIds = input.commitments() == null ? List.of() : input.commitments().stream().sorted().toList();
        s.statuses = names(input.statuses());
    }

    /** The filter a subscription applies to status changes. */
    static StatusChangeFilter filterOf(Subscription s) {
        return new StatusChangeFilter(Set.copyOf(s.actors), Set.copyOf(s.topics),
                s.kinds.stream().map(Kind::valueOf).collect(Collectors.toSet()),
                s.statuses.stream().map(Status::valueOf).collect(Collectors.toSet()), Set.copyOf(s.commitmentIds));
    }

    private List<String> resolved(String scheme, Set<String> terms) {
        return terms == null ? List.of()
                : terms.stream().map(t -> vocabulary.storedForm(scheme, t)).distinct().sorted().toList();
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).sorted().toList();
    }

    private byte[] token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return bytes;
    }
}
