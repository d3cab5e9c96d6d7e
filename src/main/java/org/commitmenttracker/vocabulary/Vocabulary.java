package org.commitmenttracker.vocabulary;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every scheme of one rules version. Besides resolving terms for people, it answers the two questions evaluation asks
 * of every stored term, memoised because the same few terms recur across millions of events: which concept does it
 * stand for now ({@link #conceptIdOf}), and which concepts does it count for ({@link #withBroader}).
 */
public final class Vocabulary {

    public static final String TOPICS = "topics";
    public static final String EVENT_TYPES = "event-types";
    public static final String PARTIES = "parties";

    private static final Vocabulary EMPTY = new Vocabulary(Map.of());

    private final Map<String, Scheme> schemes;
    private final Map<String, Map<String, String>> conceptIds = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Set<String>>> broaderSets = new ConcurrentHashMap<>();

    Vocabulary(Map<String, Scheme> schemes) {
        this.schemes = new TreeMap<>(schemes);
    }

    /** No schemes: every term is uncontrolled and matches only itself. */
    public static Vocabulary empty() {
        return EMPTY;
    }

    public Collection<Scheme> schemes() {
        return schemes.values();
    }

    public Optional<Scheme> scheme(String id) {
        return Optional.ofNullable(schemes.get(id));
    }

    /** The term resolved in the scheme, or unresolved with up to three close concepts. */
    public Resolution resolve(String scheme, String term) {
        Scheme s = schemes.get(scheme);
        if (s == null) {
            return new Resolution(scheme, term, null, null, List.of());
        }
        return s.resolve(term).orElseGet(() -> new Resolution(scheme, term, null, null, Suggestions.closest(s, term, 3)));
    }

    /** The id of the concept the term stands for, or the term itself when it is uncontrolled. */
    public String conceptIdOf(String scheme, String term) {
        Scheme s = schemes.get(scheme);
        if (s == null) {
            return term;
        }
        return conceptIds.computeIfAbsent(scheme, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(term, t -> s.resolve(t).map(r -> r.concept().id()).orElse(t));
    }

    /** The concept ids of the terms, in their order, each as {@link #conceptIdOf} gives it. */
    public Set<String> conceptIdsOf(String scheme, Collection<String> terms) {
        Set<String> ids = new LinkedHashSet<>();
        terms.forEach(t -> ids.add(conceptIdOf(scheme, t)));
        return ids;
    }

    /** The concept with every broader one: an event on any of them counts for a commitment on that concept. */
    public Set<String> withBroader(String scheme, String conceptId) {
        Scheme s = schemes.get(scheme);
        if (s == null) {
            return Set.of(conceptId);
        }
        return broaderSets.computeIfAbsent(scheme, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(conceptId, id -> Set.copyOf(s.withBroader(id)));
    }
}
