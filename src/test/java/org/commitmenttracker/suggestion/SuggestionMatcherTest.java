package org.commitmenttracker.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.rules.RuleBaseLoader;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An imported event is proposed for the commitments whose criteria it meets in all the dataset can say. */
class SuggestionMatcherTest {

    static Vocabulary vocabulary;
    static final LocalDate STATED = LocalDate.of(2031, 1, 10);

    @BeforeAll
    static void load() {
        vocabulary = new RuleBaseLoader().load(Path.of("rules")).vocabulary();
    }

    static CommitmentFact promise(String id, Set<String> types, Set<String> topics, LocalDate deadline) {
        return CommitmentFact.builder(id, Kind.ONE_OFF, STATED).actors(Set.of("KOR", "IND")).topics(topics)
                .deadline(deadline).evidence(new Criteria(types, topics, Set.of("KOR", "IND"))).build();
    }

    static List<SuggestionMatcher.Match> matches(EventFact event, CommitmentFact... commitments) {
        return new SuggestionMatcher(List.of(commitments), vocabulary).matches(event);
    }

    static EventFact gdelt(String date, String type, Set<String> parties) {
        return new EventFact("e", LocalDate.parse(date), type, parties, Set.of());
    }

    @Test
    void anEventOfANarrowerTypeWithTheRequiredPartiesIsProposedWhateverTheTopic() {
        assertThat(matches(gdelt("2031-03-01", "consultation", Set.of("KOR", "IND", "JPN")),
                promise("meetings", Set.of("meeting"), Set.of("defence"), null),
                promise("consultations", Set.of("consultation"), Set.of("trade"), null)))
                .containsExactlyInAnyOrder(new SuggestionMatcher.Match("meetings", Suggestion.TypeMatch.NARROWER),
                        new SuggestionMatcher.Match("consultations", Suggestion.TypeMatch.EXACT));
    }

    @Test
    void aBroaderTypeAMissingPartyOrADateOutsideTheTermIsNotProposed() {
        CommitmentFact consultations = promise("c", Set.of("consultation"), Set.of("defence"), LocalDate.of(2031, 6, 30));
        assertThat(matches(gdelt("2031-03-01", "meeting", Set.of("KOR", "IND")), consultations)).isEmpty();
        assertThat(matches(gdelt("2031-03-01", "consultation", Set.of("KOR")), consultations)).isEmpty();
        assertThat(matches(gdelt("2031-01-10", "consultation", Set.of("KOR", "IND")), consultations)).isEmpty();
        assertThat(matches(gdelt("2031-06-30", "consultation", Set.of("KOR", "IND")), consultations)).hasSize(1);
        assertThat(matches(gdelt("2031-07-01", "consultation", Set.of("KOR", "IND")), consultations)).isEmpty();
    }

    @Test
    void anEventWithTopicsMustShareOne() {
        CommitmentFact onDefence = promise("d", Set.of("meeting"), Set.of("defence"), null);
        assertThat(matches(new EventFact("e", LocalDate.of(2031, 3, 1), "meeting", Set.of("KOR", "IND"),
                Set.of("defence-industry")), onDefence)).hasSize(1);
        assertThat(matches(new EventFact("e", LocalDate.of(2031, 3, 1), "meeting", Set.of("KOR", "IND"),
                Set.of("trade")), onDefence)).isEmpty();
    }

    @Test
    void everyRequiredPartyCountsHoweverManyTheCommitmentNamesAndNoneMeansAnyParties() {
        CommitmentFact threeWay = CommitmentFact.builder("three", Kind.ONGOING, STATED)
                .actors(Set.of("KOR", "IND", "JPN")).evidence(new Criteria(Set.of("meeting"), Set.of(), Set.of("KOR", "IND", "JPN"))).build();
        CommitmentFact anyone = CommitmentFact.builder("any", Kind.ONGOING, STATED).actors(Set.of("KOR"))
                .evidence(new Criteria(Set.of("meeting"), Set.of(), Set.of())).build();
        assertThat(matches(gdelt("2031-03-01", "meeting", Set.of("USA", "JPN", "KOR", "IND")), threeWay, anyone))
                .extracting(SuggestionMatcher.Match::commitmentId).containsExactlyInAnyOrder("three", "any");
        assertThat(matches(gdelt("2031-03-01", "meeting", Set.of("IND", "JPN")), threeWay, anyone))
                .extracting(SuggestionMatcher.Match::commitmentId).containsExactly("any");
        assertThat(matches(gdelt("2031-03-01", "meeting", Set.of()), threeWay, anyone))
                .extracting(SuggestionMatcher.Match::commitmentId).containsExactly("any");
    }
}
