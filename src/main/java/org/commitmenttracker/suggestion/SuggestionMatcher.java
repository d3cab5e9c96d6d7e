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
import org.commitmenttracker.rules.facts.EventKey;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * Which commitments an event may be evidence for, in all the dataset can say: an accepted type (or a narrower one),
 * every required party among its participants, dated after the statement and not after its deadline (a late event
 * cannot fulfil it), and, when the event has topics at all, a shared topic (GDELT rows have none). Commitments are indexed by (accepted type, lookup party), as the rules index
 * events, so an event is compared only with the commitments that could take it.
 */
public final class SuggestionMatcher {

    /** A commitment the event may be evidence for, and whether its type was accepted as is. */
    public record Match(String commitmentId, Suggestion.TypeMatch typeMatch) {
    }

    private final Vocabulary vocabulary;
    private final Map<String, List<CommitmentFact>> byTypeAndParty = new HashMap<>();

    public SuggestionMatcher(Collection<CommitmentFact> commitments, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (CommitmentFact c : commitments) {
            for (String type : c.getEvidence().getEventTypes()) {
                byTypeAndParty.computeIfAbsent(key(type, c.getEvidenceLookupParty()), k -> new ArrayList<>()).add(c);
            }
        }
    }

    public List<Match> matches(EventFact event) {
        Set<String> topics = new LinkedHashSet<>();
        event.getTopics().forEach(t -> topics.addAll(vocabulary.withBroader(Vocabulary.TOPICS, t)));
        Map<String, Match> found = new HashMap<>();
        for (String type : vocabulary.withBroader(Vocabulary.EVENT_TYPES, event.getType())) {
            List<String> parties = new ArrayList<>(event.getParticipants());
            parties.add(EventKey.ANY_PARTY);
            for (String party : parties) {
                for (CommitmentFact c : byTypeAndParty.getOrDefault(key(type, party), List.of())) {
                    if (accepts(c, event, topics)) {
                        Suggestion.TypeMatch match = c.getEvidence().getEventTypes().contains(event.getType())
                                ? Suggestion.TypeMatch.EXACT : Suggestion.TypeMatch.NARROWER;
                        found.merge(c.getId(), new Match(c.getId(), match),
                                (a, b) -> a.typeMatch() == Suggestion.TypeMatch.EXACT ? a : b);
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean accepts(CommitmentFact c, EventFact event, Set<String> topics) {
        return event.getDate().isAfter(c.getStatedOn())
                && (c.getDeadline() == null || !event.getDate().isAfter(c.getDeadline()))
                && event.includesAll(c.getPartiesRequired())
                && (topics.isEmpty() || c.getEvidence().getTopics().stream().anyMatch(topics::contains));
    }

    private static String key(String type, String party) {
        return type + '\u0000' + party;
    }
}
