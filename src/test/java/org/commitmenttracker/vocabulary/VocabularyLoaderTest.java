package org.commitmenttracker.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A broken vocabulary is refused whole, each fault named with its file and line. */
class VocabularyLoaderTest {

    static final String FILE = "vocabulary/test.yaml";

    static List<VocabularyProblem> problemsOf(String yaml) {
        try {
            VocabularyLoader.load(List.of(new VocabularyLoader.Source(FILE, yaml)));
        } catch (VocabularyException e) {
            return e.problems();
        }
        throw new AssertionError("the vocabulary was accepted");
    }

    @Test
    void theShippedVocabularyLoadsWithThreeSchemes() {
        assertThat(ShippedVocabulary.get().schemes()).extracting(Scheme::id)
                .containsExactly("event-types", "parties", "topics");
        assertThat(ShippedVocabulary.get().scheme("parties").orElseThrow().concepts()).hasSizeGreaterThan(240);
    }

    @Test
    void badYamlIsRefusedWithItsLine() {
        assertThat(problemsOf("scheme: topics\nconcepts:\n  - id: a\n    prefLabel: [unclosed\n  - id: b\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(FILE);
                    assertThat(p.line()).isBetween(4, 6);
                });
    }

    @Test
    void anUnknownFieldIsRefusedWithItsLine() {
        assertThat(problemsOf("scheme: topics\nconcepts:\n  - id: a\n    prefLabel: A\n    narrowr: [b]\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(5);
                    assertThat(p.message()).contains("narrowr");
                });
    }

    @Test
    void aLabelClaimedByTwoConceptsIsRefusedAtTheSecond() {
        assertThat(problemsOf("""
                scheme: topics
                concepts:
                  - id: defence
                    prefLabel: defence
                    altLabels: [military]
                  - id: army
                    prefLabel: army
                    altLabels: [Military]
                """)).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.message()).contains("'Military'", "'defence'", FILE + ":3");
                });
    }

    @Test
    void aBroaderCycleIsRefused() {
        assertThat(problemsOf("""
                scheme: topics
                concepts:
                  - {id: a, prefLabel: A, broader: [b]}
                  - {id: b, prefLabel: B, broader: [c]}
                  - {id: c, prefLabel: C, broader: [a]}
                """)).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("cycle", "a -> b -> c -> a");
                });
    }

    @Test
    void anUnknownBroaderConceptIsRefused() {
        assertThat(problemsOf("scheme: topics\nconcepts:\n  - {id: a, prefLabel: A, broader: [nowhere]}\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("unknown broader concept 'nowhere'");
                });
    }

    @Test
    void aMappingToAnUnknownConceptIsRefusedAtItsEntry() {
        assertThat(problemsOf("""
                scheme: event-types
                codeLists:
                  cameo: {title: CAMEO, prefixes: true}
                concepts:
                  - {id: visit, prefLabel: visit}
                mappings:
                  cameo:
                    "042": visit
                    "043": visits
                """)).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(9);
                    assertThat(p.message()).contains("'043'", "unknown concept 'visits'");
                });
    }

    @Test
    void aCodeOfAnUndeclaredListOrClaimedTwiceIsRefused() {
        assertThat(problemsOf("""
                scheme: parties
                codeLists:
                  fips: {title: FIPS}
                concepts:
                  - {id: KOR, prefLabel: South Korea, mappings: {fips: [KS], iso: [KR]}}
                  - {id: KAZ, prefLabel: Kazakhstan, mappings: {fips: [KS]}}
                """)).extracting(VocabularyProblem::line, VocabularyProblem::message)
                .anySatisfy(t -> assertThat(t.toList()).containsExactly(5,
                        "parties: code list 'iso' is not declared under codeLists"))
                .anySatisfy(t -> assertThat(t.toList()).containsExactly(6,
                        "parties: fips code 'KS' of 'KAZ' is already mapped to 'KOR'"));
    }

    @Test
    void aFileWithoutSchemeIsRefused() {
        assertThat(problemsOf("concepts: []\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("missing 'scheme:'"));
    }

    @Test
    void filesOfOneSchemeAddUp() {
        Vocabulary v = VocabularyLoader.load(List.of(
                new VocabularyLoader.Source("vocabulary/a.yaml", "scheme: topics\nconcepts: [{id: a, prefLabel: A}]"),
                new VocabularyLoader.Source("vocabulary/b.yaml",
                        "scheme: topics\nconcepts: [{id: b, prefLabel: B, broader: [a]}]")));
        assertThat(v.withBroader("topics", "b")).containsExactlyInAnyOrder("a", "b");
        assertThatThrownBy(() -> VocabularyLoader.load(List.of(
                new VocabularyLoader.Source("vocabulary/a.yaml", "scheme: topics\nconcepts: [{id: a, prefLabel: A}]"),
                new VocabularyLoader.Source("vocabulary/b.yaml", "scheme: topics\nconcepts: [{id: a, prefLabel: A2}]"))))
                .isInstanceOf(VocabularyException.class).hasMessageContaining("vocabulary/b.yaml:2")
                .hasMessageContaining("already defined at vocabulary/a.yaml:2");
    }
}
