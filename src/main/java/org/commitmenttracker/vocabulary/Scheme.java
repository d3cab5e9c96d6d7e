package org.commitmenttracker.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One concept scheme (topics, event types or parties), indexed for resolution: every label and code by its
 * comparison key ({@link Labels#key}), and the hierarchy both ways. Immutable once built by {@link VocabularyLoader}.
 */
public final class Scheme {

    private final String id;
    private final String title;
    private final Map<String, Concept> concepts;
    private final Map<String, CodeList> codeLists;
    private final Map<String, String> byLabel;
    private final Map<String, Map<String, String>> byCode;
    private final Map<String, List<String>> narrower = new HashMap<>();
    private final Map<String, Map<String, List<String>>> codesByConcept;

    Scheme(String id, String title, Map<String, Concept> concepts, Map<String, CodeList> codeLists,
           Map<String, String> byLabel, Map<String, Map<String, String>> byCode,
           Map<String, Map<String, List<String>>> codesByConcept) {
        this.codesByConcept = Map.copyOf(codesByConcept);
        this.id = id;
        this.title = title;
        this.concepts = new TreeMap<>(concepts);
        this.codeLists = Map.copyOf(codeLists);
        this.byLabel = Map.copyOf(byLabel);
        this.byCode = Map.copyOf(byCode);
        concepts.values().forEach(c -> c.broader().forEach(b -> narrower.computeIfAbsent(b, k -> new ArrayList<>())
                .add(c.id())));
        narrower.values().forEach(list -> list.sort(null));
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Every concept, by id in id order. */
    public Collection<Concept> concepts() {
        return concepts.values();
    }

    public Optional<Concept> concept(String conceptId) {
        return Optional.ofNullable(concepts.get(conceptId));
    }

    public Map<String, CodeList> codeLists() {
        return codeLists;
    }

    public int labelCount() {
        return byLabel.size();
    }

    /**
     * The concept a word or code stands for: by id or label first, then by the codes of lists that resolve terms,
     * then by the labels a longer phrase holds ({@link PhraseReading}).
     */
    public Optional<Resolution> resolve(String term) {
        String key = Labels.key(term);
        String conceptId = byLabel.get(key);
        if (conceptId != null) {
            Concept concept = concepts.get(conceptId);
            String how = concept.id().equals(term) || Labels.key(concept.id()).equals(key) ? "id"
                    : Labels.key(concept.prefLabel()).equals(key) ? "prefLabel" : "altLabel";
            return Optional.of(new Resolution(id, term, concept, how, List.of()));
        }
        for (CodeList list : codeLists.values()) {
            if (list.resolvesTerms()) {
                Optional<Resolution> byCode = resolveCode(list.id(), term);
                if (byCode.isPresent()) {
                    return byCode;
                }
            }
        }
        return PhraseReading.read(key, byLabel, this).map(read -> new Resolution(id, term,
                concepts.get(read.getKey()), "phrase:" + read.getValue(), List.of()));
    }

    /** The concept a code of the named list maps to; hierarchical lists fall back to the longest mapped prefix. */
    public Optional<Resolution> resolveCode(String list, String code) {
        Map<String, String> codes = byCode.getOrDefault(list, Map.of());
        String key = Labels.key(code);
        boolean prefixes = codeLists.containsKey(list) && codeLists.get(list).prefixes();
        for (String candidate = key; !candidate.isEmpty(); candidate = candidate.substring(0, candidate.length() - 1)) {
            String conceptId = codes.get(candidate);
            if (conceptId != null) {
                return Optional.of(new Resolution(id, code, concepts.get(conceptId), "code:" + list, List.of()));
            }
            if (!prefixes || candidate.length() <= 2) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The concept and every concept broader than it, transitively; for an id not in the scheme, the id alone. */
    public Set<String> withBroader(String conceptId) {
        Set<String> all = new LinkedHashSet<>();
        addWithBroader(conceptId, all);
        return all;
    }

    private void addWithBroader(String conceptId, Set<String> into) {
        if (into.add(conceptId)) {
            Concept concept = concepts.get(conceptId);
            if (concept != null) {
                concept.broader().forEach(b -> addWithBroader(b, into));
            }
        }
    }

    /** The concepts directly narrower than the given one, in id order. */
    public List<String> narrowerThan(String conceptId) {
        return narrower.getOrDefault(conceptId, List.of());
    }

    /** Every code of every list that maps to the concept, whether listed on the concept or in a code table. */
    public Map<String, List<String>> codesOf(String conceptId) {
        return codesByConcept.getOrDefault(conceptId, Map.of());
    }

    /** Every (key, concept id) pair of the ids and labels, codes excluded: for suggestions and search. */
    Map<String, String> labelIndex() {
        return byLabel;
    }
}
