package org.commitmenttracker.vocabulary;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

/** Reads the active vocabulary for people: schemes, search, concepts with their use, resolution, unknown terms. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VocabularyService {

    private final VocabularyInUse inUse;
    private final VocabularyUsage usage;

    public VocabularyService(VocabularyInUse inUse, VocabularyUsage usage) {
        this.inUse = inUse;
        this.usage = usage;
    }

    public VocabularyViews.Overview overview() {
        VocabularyInUse.Versioned current = inUse.current();
        return new VocabularyViews.Overview(current.version(),
                current.vocabulary().schemes().stream().map(VocabularyViews.SchemeSummary::of).toList());
    }

    /** The scheme, or a 404 naming the schemes there are. */
    public Scheme schemeOrNotFound(String id) {
        return vocabulary().scheme(id).orElseThrow(() -> new NotFoundException("No vocabulary scheme '" + id
                + "'; the schemes are " + String.join(", ", vocabulary().schemes().stream().map(Scheme::id).toList())
                + "."));
    }

    /** Concepts with a label containing the words of the query (all when blank); exact matches first, then by id. */
    public Page<VocabularyViews.ConceptSummary> searchConcepts(Scheme scheme, String query, PageRequest page) {
        String key = query == null ? "" : Labels.key(query);
        Optional<String> exact = key.isEmpty() ? Optional.empty() : scheme.resolve(query).map(r -> r.concept().id());
        Set<String> ids = new TreeSet<>();
        scheme.labelIndex().forEach((label, id) -> {
            if (label.contains(key)) {
                ids.add(id);
            }
        });
        List<Concept> found = ids.stream().map(id -> scheme.concept(id).orElseThrow())
                .sorted(Comparator.comparing((Concept c) -> !exact.map(c.id()::equals).orElse(false))
                        .thenComparing(Concept::id))
                .toList();
        int from = Math.min(found.size(), page.page() * page.size());
        List<VocabularyViews.ConceptSummary> items = found.subList(from, Math.min(found.size(), from + page.size()))
                .stream().map(VocabularyViews.ConceptSummary::of).toList();
        return new Page<>(items, found.size(), page.page(), page.size());
    }

    public Optional<VocabularyViews.ConceptDetail> findConcept(Scheme scheme, String id) {
        return scheme.concept(id).map(c -> new VocabularyViews.ConceptDetail(scheme.id(), c.id(), c.prefLabel(),
                c.altLabels(), refs(scheme, c.broader()), refs(scheme, scheme.narrowerThan(c.id())), scheme.codesOf(c.id()),
                c.evidence(), c.note(), c.location(), usage.usageOf(scheme.id(), c.id())));
    }

    public VocabularyViews.ResolutionView resolve(String scheme, String term) {
        return VocabularyViews.ResolutionView.of(vocabulary().resolve(scheme, term));
    }

    /** Stored terms that no concept of the scheme has, most used first, each with the concepts it may mean. */
    public List<VocabularyViews.UnknownTerm> unknownTerms(Scheme scheme) {
        Vocabulary vocabulary = vocabulary();
        Map<String, Long> inUse = usage.termsInUse(scheme.id());
        return inUse.keySet().stream()
                .map(term -> vocabulary.resolve(scheme.id(), term))
                .filter(r -> !r.resolved())
                .map(r -> new VocabularyViews.UnknownTerm(scheme.id(), r.term(), inUse.get(r.term()),
                        r.suggestions().stream().map(VocabularyViews.ConceptRef::of).toList()))
                .sorted(Comparator.comparingLong(VocabularyViews.UnknownTerm::uses).reversed()
                        .thenComparing(VocabularyViews.UnknownTerm::term))
                .toList();
    }

    private Vocabulary vocabulary() {
        return inUse.vocabulary();
    }

    private static List<VocabularyViews.ConceptRef> refs(Scheme scheme, List<String> ids) {
        return ids.stream().map(id -> scheme.concept(id).map(VocabularyViews.ConceptRef::of)
                .orElse(new VocabularyViews.ConceptRef(id, id))).toList();
    }
}
