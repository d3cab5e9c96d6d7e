package org.commitmenttracker.suggestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Events;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * Which commitments an event may be evidence for, in all the dataset can say: an accepted type (or a narrower one),
 * every required party among its participants, dated after the statement and not after its deadline (a late event
 * cannot fulfil it), and, when the event has topics at all, a shared topic (GDELT rows have none). Commitments are
 * indexed by accepted type and their first two required parties (in sorted order), so an event is compared only with
 * the commitments whose type and first two parties it has: an import matches hundreds of thousands of events.
 */
public final class SuggestionMatcher {

    /** A commitment the event may be evidence for, and whether its type was accepted as is. */
    public record Match(String commitmentId, Suggestion.TypeMatch typeMatch) {
    }

    /** A commitment with what matching reads of it, worked out once. */
    private record Indexed(CommitmentFact fact, Set<String> required) {
    }

    private final Vocabulary vocabulary;
    private final Map<String, List<Indexed>> byTypeAndParties = new HashMap<>();

    public SuggestionMatcher(Collection<CommitmentFact> commitments, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (CommitmentFact c : commitments) {
            List<String> required = c.getPartiesRequired().stream().sorted().toList();
            String first = required.isEmpty() ? Events.ANY_PARTY : required.get(0);
            String second = required.size() < 2 ? Events.ANY_PARTY : required.get(1);
            Indexed indexed = new Indexed(c, Set.copyOf(required));
            for (String type : c.getEvidence().getEventTypes()) {
                byTypeAndParties.computeIfAbsent(key(type, first, second), k -> new ArrayList<>()).add(indexed);
            }
        }
    }

    public List<Match> matches(EventFact event) {
        Set<String> topics = new LinkedHashSet<>();
        event.getTopics().forEach(t -> topics.addAll(vocabulary.withBroader(Vocabulary.TOPICS, t)));
        List<String> pairs = partyPairs(event.getParticipants());
        Map<String, Match> found = new HashMap<>();
        for (String type : vocabulary.withBroader(Vocabulary.EVENT_TYPES, event.getType())) {
            for (String pair : pairs) {
                for (Indexed c : byTypeAndParties.getOrDefault(type + pair, List.of())) {
                    if (accepts(c, event, topics)) {
                        Suggestion.TypeMatch match = c.fact().getEvidence().getEventTypes().contains(event.getType())
                                ? Suggestion.TypeMatch.EXACT : Suggestion.TypeMatch.NARROWER;
                        found.merge(c.fact().getId(), new Match(c.fact().getId(), match),
                                (a, b) -> a.typeMatch() == Suggestion.TypeMatch.EXACT ? a : b);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The keys' party parts an event can fill: none, each participant alone, each sorted pair of participants. */
    private static List<String> partyPairs(Collection<String> participants) {
        List<String> sorted = participants.stream().sorted().toList();
        List<String> pairs = new ArrayList<>();
        pairs.add(parties(Events.ANY_PARTY, Events.ANY_PARTY));
        for (int i = 0; i < sorted.size(); i++) {
            pairs.add(parties(sorted.get(i), Events.ANY_PARTY));
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(parties(sorted.get(i), sorted.get(j)));
            }
        }
        return pairs;
    }

    private static boolean accepts(Indexed indexed, EventFact event, Set<String> topics) {
        CommitmentFact c = indexed.fact();
        return event.getDate().isAfter(c.getStatedOn())
                && (c.getDeadline() == null || !event.getDate().isAfter(c.getDeadline()))
                && event.includesAll(indexed.required())
                && (topics.isEmpty() || c.getEvidence().getTopics().stream().anyMatch(topics::contains));
    }

    private static String key(String type, String first, String second) {
        return type + parties(first, second);
    }

    private static String parties(String first, String second) {
        return '\u0000' + first + '\u0000' + second;
    }
}
