package org.commitmenttracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseLoader;
import org.commitmenttracker.rules.RuleCompilationException;
import org.commitmenttracker.rules.RuleFile;
import org.commitmenttracker.rules.facts.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline with the shipped rules (rules/extraction/) on a release written for this test. */
class CandidateExtractorTest {

    private static final String RELEASE = """
            Press releases
            Joint statement on the visit of the Prime Minister of Japan to Australia

            1. Prime Minister of Japan Taro Sato and Prime Minister of Australia Jane Doe met in Canberra on 4 March.
            2. The two leaders agreed to hold consultations on trade every year.
            3. Japan asked Australia to join the regional clean energy initiative by the end of 2025.
            4. The Australian side offered to resume direct flights as soon as the new airport opens.
            5. Both countries will continue to deepen cooperation on critical minerals.
            6. Mr Sato hoped that Australia will send a delegation to Osaka.
            7. The leaders did not agree to a new trade deal.
            8. They may consider a joint study on hydrogen.
            9. Last year, the two countries had signed a defence pact.
            Share this article
            Comments
            Tom: I hope they will agree to cheaper flights and shall write to them.
            """;

    private static RuleBase rules;
    private static List<ExtractedCandidate> found;

    @BeforeAll
    static void extract() {
        rules = new RuleBaseLoader().load(Path.of("rules"));
        found = new CandidateExtractor().extract(rules,
                new CandidateExtractor.Release(RELEASE, LocalDate.of(2024, 3, 4), "Ministry of Foreign Affairs of Japan"));
    }

    private static ExtractedCandidate starting(String quoteStart) {
        return found.stream().filter(c -> c.quote().startsWith(quoteStart)).findFirst().orElseThrow(
                () -> new AssertionError("no candidate starts \"" + quoteStart + "\" in " + found));
    }

    @Test
    void eachCommittingClauseIsACandidateAndNothingElse() {
        assertThat(found).extracting(ExtractedCandidate::quote).containsExactly(
                "agreed to hold consultations on trade every year",
                "asked Australia to join the regional clean energy initiative by the end of 2025",
                "offered to resume direct flights as soon as the new airport opens",
                "will continue to deepen cooperation on critical minerals");
    }

    @Test
    void quotesAreTheTextAtTheirOffsets() {
        found.forEach(c -> assertThat(RELEASE.substring(c.start(), c.end())).isEqualTo(c.quote()));
    }

    @Test
    void aRegularActionIsRecurringByBothSides() {
        ExtractedCandidate meeting = starting("agreed to hold");
        assertThat(meeting.kind()).isEqualTo(Kind.RECURRING);
        assertThat(meeting.cadence()).isEqualTo(Period.ofYears(1));
        assertThat(meeting.actors()).containsExactlyInAnyOrder("JPN", "AUS");
        assertThat(meeting.cues()).containsExactly("agreed to");
        assertThat(meeting.confidence()).isEqualTo(0.9);
        assertThat(meeting.eventTypes()).containsExactly("consultation");
    }

    @Test
    void aRequestNamesWhoAskedWhomAndByWhen() {
        ExtractedCandidate request = starting("asked Australia");
        assertThat(request.kind()).isEqualTo(Kind.REQUEST);
        assertThat(request.actors()).containsExactly("JPN");
        assertThat(request.addressees()).containsExactly("AUS");
        assertThat(request.deadline()).isEqualTo("2025-12-31");
        assertThat(request.deadlineNote()).contains("by the end of 2025");
    }

    @Test
    void anOfferThatWaitsForSomethingIsConditionalAndTheSideIsItsCountry() {
        ExtractedCandidate offer = starting("offered to resume");
        assertThat(offer.kind()).isEqualTo(Kind.CONDITIONAL);
        assertThat(offer.trigger()).isEqualTo("as soon as the new airport opens");
        assertThat(offer.actors()).containsExactly("AUS");
        assertThat(offer.addressees()).containsExactly("JPN");
    }

    @Test
    void aPromiseToGoOnIsOngoingByBothCountries() {
        ExtractedCandidate ongoing = starting("will continue");
        assertThat(ongoing.kind()).isEqualTo(Kind.ONGOING);
        assertThat(ongoing.actors()).containsExactlyInAnyOrder("JPN", "AUS");
    }

    @Test
    void hopesNegationsPossibilitiesPastActionsAndCommentsAreNotCandidates() {
        assertThat(found).extracting(ExtractedCandidate::sentence).noneMatch(s -> s.contains("hoped")
                || s.contains("did not agree") || s.contains("may consider") || s.contains("had signed")
                || s.contains("cheaper flights"));
    }

    @Test
    void raisingTheThresholdInTheRuleFileKeepsOnlyTheSurerCandidates() {
        List<RuleFile> files = RuleBaseLoader.read(Path.of("rules")).stream()
                .map(f -> f.path().equals("extraction/candidates.drl")
                        ? new RuleFile(f.path(), f.content().replace(">= 0.5", ">= 0.85")) : f).toList();
        List<ExtractedCandidate> surer = new CandidateExtractor().extract(new RuleBaseLoader().compile(files),
                new CandidateExtractor.Release(RELEASE, LocalDate.of(2024, 3, 4), null));
        assertThat(surer).extracting(ExtractedCandidate::quote)
                .containsExactly("agreed to hold consultations on trade every year");
    }

    @Test
    void aBrokenExtractionRuleIsRefusedWithItsFileAndLine() {
        List<RuleFile> files = RuleBaseLoader.read(Path.of("rules")).stream()
                .map(f -> f.path().equals("extraction/hedges.drl")
                        ? new RuleFile(f.path(), f.content().replace("insert(new Dismissal($c, \"negated\"));",
                        "insert(new Dismissal($c, ));")) : f).toList();
        assertThatThrownBy(() -> new RuleBaseLoader().compile(files)).isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("extraction/hedges.drl");
                            assertThat(p.line()).isPositive();
                        }));
    }

    @Test
    void thePeopleIntroducedWithTheirCountryActForIt() {
        String text = "Foreign Minister of Japan Taro Sato met his counterpart. Mr Sato offered to host the next round.";
        List<ExtractedCandidate> offers = new CandidateExtractor().extract(rules,
                new CandidateExtractor.Release(text, LocalDate.of(2024, 3, 4), null));
        assertThat(offers).singleElement().satisfies(c -> assertThat(c.actors()).containsExactly("JPN"));
    }

    @Test
    void eachItemOfAListIsReadAsAClauseOfItsLeadIn() {
        String text = """
                Foreign ministers of Japan and Australia met in Tokyo on 2 May 2024.
                The two ministers agreed to:
                • hold a maritime security dialogue every year;
                • open a joint research centre on hydrogen by the end of 2025.
                """;
        List<ExtractedCandidate> items = new CandidateExtractor().extract(rules,
                new CandidateExtractor.Release(text, LocalDate.of(2024, 5, 2), "Ministry of Foreign Affairs of Japan"));
        assertThat(items).extracting(ExtractedCandidate::quote).containsExactly(
                "hold a maritime security dialogue every year", "open a joint research centre on hydrogen by the end of 2025");
        assertThat(items).allSatisfy(c -> assertThat(c.actors()).containsExactlyInAnyOrder("JPN", "AUS"));
        assertThat(items.get(0).cadence()).isEqualTo(Period.ofYears(1));
        assertThat(items.get(1).deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(items.get(0).sentence()).startsWith("The two ministers agreed to: hold");
    }

    @Test
    void aSpeakersLabelSaysWhoIAmAndXAndIGivesBothParties() {
        String text = """
                Media statement by the Prime Minister during the visit of the President of Korea
                Prime Minister of India: I welcome Korean President Park Geun-hye to Delhi. President Park and I agreed \
                to set up a CEOs Forum. I will visit Seoul next year.
                Q: Will you sign a trade deal?
                """;
        List<ExtractedCandidate> read = new CandidateExtractor().extract(rules,
                new CandidateExtractor.Release(text, LocalDate.of(2015, 5, 18), "Prime Minister's Office"));
        assertThat(read).extracting(ExtractedCandidate::quote).containsExactly("agreed to set up a CEOs Forum",
                "will visit Seoul next year");
        assertThat(read.get(0).actors()).containsExactlyInAnyOrder("KOR", "IND");
        assertThat(read.get(1).actors()).containsExactly("IND");
    }

    @Test
    void verbsAfterASemicolonGoOnWithTheCueBeforeThemAndStatesForetoldOrViewsDoNot() {
        String text = """
                The ministers of Japan and Vietnam agreed to facilitate high-level exchanges; double efforts to reach \
                the trade target by 2030; and increase support for students. The partnership will be vital for the \
                region. The two sides agreed that trade growth is important. Vietnam is willing to provide visas \
                for Japanese investors.
                """;
        List<ExtractedCandidate> read = new CandidateExtractor().extract(rules,
                new CandidateExtractor.Release(text, LocalDate.of(2024, 5, 2), "Ministry of Foreign Affairs of Japan"));
        assertThat(read).extracting(ExtractedCandidate::quote).containsExactly(
                "agreed to facilitate high-level exchanges", "double efforts to reach the trade target by 2030",
                "and increase support for students", "is willing to provide visas for Japanese investors");
        assertThat(read.get(1).deadline()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(read.get(1).actors()).containsExactlyInAnyOrder("JPN", "VNM");
        assertThat(read.get(3).actors()).containsExactly("VNM");
    }

    @Test
    void aFutureSaidOfAThingIsAForecastButOfAMeetingOrAPartyACommitment() {
        String text = """
                Foreign ministers of Japan and Vietnam met in Hanoi. This will make a real difference for the region. \
                The new agreement will strengthen ties between the two economies. The next round of talks will take \
                place in Tokyo in 2026. The JWG will convene every year. Japan will send experts to Hanoi.
                """;
        List<ExtractedCandidate> read = new CandidateExtractor().extract(rules,
                new CandidateExtractor.Release(text, LocalDate.of(2025, 5, 2), "Ministry of Foreign Affairs of Japan"));
        assertThat(read).extracting(ExtractedCandidate::quote).containsExactly("will take place in Tokyo in 2026",
                "will convene every year", "will send experts to Hanoi");
        assertThat(read.get(0).actors()).containsExactlyInAnyOrder("JPN", "VNM");
        assertThat(read.get(2).actors()).containsExactly("JPN");
    }
}
