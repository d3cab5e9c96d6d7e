package org.commitmenttracker.extraction.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.commitmenttracker.extraction.corpus.LabelledCorpus.Commitment;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Split;
import org.commitmenttracker.extraction.corpus.LabelledCorpus.Text;
import org.commitmenttracker.rules.RuleBaseLoader;
import org.commitmenttracker.rules.RuleFile;
import org.commitmenttracker.vocabulary.Vocabulary;
import org.commitmenttracker.vocabulary.VocabularyLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled corpus is well formed: every text has its label, every quote is words of its text, every party is a
 * concept of the vocabulary, every kind is one the tracker knows, and the two splits share no page. It never runs
 * the extractor: the quality report does (./mvnw -Pextraction-quality test).
 */
class LabelledCorpusTest {

    private static final Set<String> KINDS = Set.of("ONE_OFF", "RECURRING", "ONGOING", "CONDITIONAL", "REQUEST");
    private static final Set<String> STYLES = Set.of("JOINT_STATEMENT", "MEDIA_STATEMENT", "NEWS_REPORT", "READOUT",
            "FACT_SHEET");

    private static List<Text> texts;
    private static Vocabulary vocabulary;

    @BeforeAll
    static void load() {
        texts = new ArrayList<>(LabelledCorpus.load(Split.DEV));
        texts.addAll(LabelledCorpus.load(Split.TEST));
        vocabulary = VocabularyLoader.load(RuleBaseLoader.read(Path.of("rules")).stream()
                .filter(RuleFile::isVocabulary).map(f -> new VocabularyLoader.Source(f.path(), f.content())).toList());
    }

    @Test
    void holdsAtLeastFortyTextsInBothSplitsFromTwelvePairsAndFiveStyles() {
        assertThat(texts).hasSizeGreaterThanOrEqualTo(40);
        assertThat(texts).extracting(Text::split).contains(Split.DEV, Split.TEST);
        assertThat(texts.stream().map(t -> Set.copyOf(t.label().parties())).distinct().count())
                .isGreaterThanOrEqualTo(12);
        assertThat(texts).extracting(t -> t.label().source().style()).containsAll(STYLES);
    }

    @Test
    void everyTextHasItsLabelAndEveryLabelItsText() throws IOException {
        for (String split : List.of("dev", "test")) {
            try (Stream<Path> files = Files.list(LabelledCorpus.ROOT.resolve(split))) {
                Set<String> names = new HashSet<>();
                Set<String> labels = new HashSet<>();
                files.forEach(f -> {
                    String n = f.getFileName().toString();
                    (n.endsWith(".txt") ? names : labels).add(n.replaceFirst("\\.(txt|yaml)$", ""));
                });
                assertThat(labels).as(split).isEqualTo(names);
            }
        }
    }

    @Test
    void noPageStandsInBothSplitsOrTwice() {
        assertThat(texts).extracting(t -> t.label().source().url()).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(texts).extracting(Text::content).doesNotHaveDuplicates();
    }

    @Test
    void everySourceIsDescribed() {
        assertThat(texts).allSatisfy(t -> {
            var s = t.label().source();
            assertThat(s.publisher()).as(t.name()).isNotBlank();
            assertThat(s.title()).as(t.name()).isNotBlank();
            assertThat(s.date()).as(t.name()).isNotNull();
            assertThat(s.style()).as(t.name()).isIn(STYLES);
        });
    }

    @Test
    void everyQuoteIsWordsOfItsText() {
        assertThat(texts).allSatisfy(t -> {
            t.label().commitments().forEach(c ->
                    assertThat(t.locate(c.quote())).as("%s: %s", t.name(), c.quote()).isPresent());
            t.label().notCommitments().forEach(c ->
                    assertThat(t.locate(c.quote())).as("%s: %s", t.name(), c.quote()).isPresent());
        });
    }

    @Test
    void everyPartyIsAConceptAndEveryKindKnown() {
        assertThat(texts).allSatisfy(t -> {
            List<String> parties = new ArrayList<>(t.label().parties());
            if (t.label().speaker() != null) {
                parties.add(t.label().speaker());
            }
            for (Commitment c : t.label().commitments()) {
                parties.addAll(c.actors());
                parties.addAll(c.addressees());
                assertThat(c.kind()).as("%s: %s", t.name(), c.quote()).isIn(KINDS);
                assertThat(c.actors()).as("%s: %s", t.name(), c.quote()).isNotEmpty();
            }
            assertThat(parties).as(t.name()).allSatisfy(p -> assertThat(
                    vocabulary.scheme(Vocabulary.PARTIES).flatMap(s -> s.concept(p))).as(p).isPresent());
        });
    }
}
