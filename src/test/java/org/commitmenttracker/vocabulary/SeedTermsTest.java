package org.commitmenttracker.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.vocabulary.Vocabulary.EVENT_TYPES;
import static org.commitmenttracker.vocabulary.Vocabulary.PARTIES;
import static org.commitmenttracker.vocabulary.Vocabulary.TOPICS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.commitmenttracker.commitment.CommitmentInput;
import org.commitmenttracker.event.EventInput;
import org.commitmenttracker.seed.SeedFile;
import org.commitmenttracker.seed.SeedLoader;
import org.junit.jupiter.api.Test;

/** Every term in seeds/ is a concept id of the shipped vocabulary, and criteria name types that can be evidence. */
class SeedTermsTest {

    record Term(String where, String scheme, String term) {
    }

    @Test
    void everySeedTermIsAConceptId() throws IOException {
        List<Term> terms = seedTerms();
        assertThat(terms).hasSizeGreaterThan(100);
        assertThat(terms).allSatisfy(t -> {
            Resolution r = ShippedVocabulary.get().resolve(t.scheme(), t.term());
            assertThat(r.resolved()).as("%s: %s", t.where(), r.describeUnknown()).isTrue();
            assertThat(r.concept().id()).as(t.where()).isEqualTo(t.term());
        });
    }

    @Test
    void seedCriteriaAcceptOnlyTypesThatCanBeEvidence() throws IOException {
        for (Path file : SeedLoader.seedFiles(Path.of("seeds"))) {
            for (CommitmentInput c : SeedLoader.read(file).commitments()) {
                List<String> types = new ArrayList<>(c.evidence().eventTypes());
                if (c.trigger() != null) {
                    types.addAll(c.trigger().eventTypes());
                }
                assertThat(types).as(c.id()).allSatisfy(type ->
                        assertThat(ShippedVocabulary.get().resolve(EVENT_TYPES, type).concept().evidence()).isTrue());
            }
        }
    }

    private static List<Term> seedTerms() throws IOException {
        List<Term> terms = new ArrayList<>();
        for (Path file : SeedLoader.seedFiles(Path.of("seeds"))) {
            SeedFile seed = SeedLoader.read(file);
            for (CommitmentInput c : seed.commitments()) {
                String at = file.getFileName() + " " + c.id();
                add(terms, at, PARTIES, c.actors(), c.addressees(), c.evidence().parties());
                add(terms, at, TOPICS, c.topics(), c.evidence().topics());
                add(terms, at, EVENT_TYPES, c.evidence().eventTypes());
                if (c.trigger() != null) {
                    add(terms, at, PARTIES, c.trigger().parties());
                    add(terms, at, TOPICS, c.trigger().topics());
                    add(terms, at, EVENT_TYPES, c.trigger().eventTypes());
                }
            }
            for (EventInput e : seed.events()) {
                String at = file.getFileName() + " " + e.id();
                add(terms, at, PARTIES, e.participants());
                add(terms, at, TOPICS, e.topics());
                add(terms, at, EVENT_TYPES, List.of(e.type()));
            }
        }
        return terms;
    }

    @SafeVarargs
    private static void add(List<Term> into, String where, String scheme, Collection<String>... groups) {
        for (Collection<String> group : groups) {
            if (group != null) {
                group.forEach(term -> into.add(new Term(where, scheme, term)));
            }
        }
    }
}
