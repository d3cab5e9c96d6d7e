package org.commitmenttracker.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Builds one scheme from its files, checking labels, codes, broader links and cycles; faults go to the list. */
final class SchemeBuilder {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final String scheme;
    private final List<VocabularyProblem> problems;
    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final Map<String, CodeList> codeLists = new LinkedHashMap<>();
    private final Map<String, String> byLabel = new HashMap<>();
    private final Map<String, Map<String, String>> byCode = new HashMap<>();
    private final Map<String, Map<String, List<String>>> codesByConcept = new HashMap<>();

    private SchemeBuilder(String scheme, List<VocabularyProblem> problems) {
        this.scheme = scheme;
        this.problems = problems;
    }

    static Scheme build(String scheme, List<VocabularyLoader.Located> files, List<VocabularyProblem> problems) {
        SchemeBuilder builder = new SchemeBuilder(scheme, problems);
        String title = files.stream().map(f -> f.file().title()).filter(t -> t != null).findFirst().orElse(scheme);
        files.forEach(f -> f.file().codeLists().forEach((id, e) -> builder.codeLists.putIfAbsent(id,
                new CodeList(id, e.title() == null ? id : e.title(), e.source(), Boolean.TRUE.equals(e.resolvesTerms()),
                        Boolean.TRUE.equals(e.prefixes())))));
        files.forEach(f -> f.file().concepts().forEach(c -> builder.addConcept(f.path(), c)));
        builder.concepts.values().forEach(builder::checkBroaderAndMappings);
        files.forEach(f -> f.file().mappings().forEach((list, table) -> builder.addTable(f.path(), list, table)));
        builder.reportCycles();
        return new Scheme(scheme, title, builder.concepts, builder.codeLists, builder.byLabel, builder.byCode,
                builder.codesByConcept);
    }

    private void addConcept(String file, SchemeFile.ConceptEntry e) {
        if (e.id() == null || !ID.matcher(e.id()).matches()) {
            problem(file, e.line(), "a concept needs an id of letters, digits, '.', '_' or '-' (got " + e.id() + ")");
            return;
        }
        if (e.prefLabel() == null || e.prefLabel().isBlank()) {
            problem(file, e.line(), "concept '" + e.id() + "' needs a prefLabel");
            return;
        }
        Concept existing = concepts.get(e.id());
        if (existing != null) {
            problem(file, e.line(), "concept '" + e.id() + "' is already defined at " + existing.location());
            return;
        }
        Concept concept = new Concept(scheme, e.id(), e.prefLabel().strip(), e.altLabels(), e.broader(), e.mappings(),
                !Boolean.FALSE.equals(e.evidence()), e.note(), file, e.line());
        concepts.put(concept.id(), concept);
        List<String> labels = new ArrayList<>(List.of(concept.id(), concept.prefLabel()));
        labels.addAll(concept.altLabels());
        labels.forEach(label -> claimLabel(concept, label));
    }

    private void claimLabel(Concept concept, String label) {
        String key = label == null ? "" : Labels.key(label);
        if (key.isEmpty()) {
            problem(concept.file(), concept.line(), "concept '" + concept.id() + "' has an empty label");
            return;
        }
        String owner = byLabel.putIfAbsent(key, concept.id());
        if (owner != null && !owner.equals(concept.id())) {
            problem(concept.file(), concept.line(), "label '" + label + "' of concept '" + concept.id()
                    + "' is already claimed by '" + owner + "' (" + concepts.get(owner).location() + ")");
        }
    }

    private void checkBroaderAndMappings(Concept c) {
        c.broader().stream().filter(b -> !concepts.containsKey(b)).forEach(b ->
                problem(c.file(), c.line(), "concept '" + c.id() + "' names an unknown broader concept '" + b + "'"));
        c.mappings().forEach((list, codes) -> codes.forEach(code -> claimCode(c.file(), c.line(), list, code, c.id())));
    }

    private void addTable(String file, String list, SchemeFile.CodeTable table) {
        for (SchemeFile.CodeTable.Entry e : table.entries()) {
            if (e.conceptId() == null || !concepts.containsKey(e.conceptId())) {
                problem(file, e.line(), list + " code '" + e.code() + "' maps to an unknown concept '" + e.conceptId() + "'");
            } else {
                claimCode(file, e.line(), list, e.code(), e.conceptId());
            }
        }
    }

    private void claimCode(String file, int line, String list, String code, String conceptId) {
        if (!codeLists.containsKey(list)) {
            problem(file, line, "code list '" + list + "' is not declared under codeLists");
            return;
        }
        String owner = byCode.computeIfAbsent(list, k -> new HashMap<>()).putIfAbsent(Labels.key(code), conceptId);
        if (owner != null && !owner.equals(conceptId)) {
            problem(file, line, list + " code '" + code + "' of '" + conceptId + "' is already mapped to '" + owner + "'");
        } else if (owner == null) {
            codesByConcept.computeIfAbsent(conceptId, k -> new TreeMap<>()).computeIfAbsent(list, k -> new ArrayList<>())
                    .add(code);
        }
    }

    /** Reports each concept that is its own broader concept, directly or through others, once per cycle. */
    private void reportCycles() {
        Set<String> done = new HashSet<>();
        for (Concept c : concepts.values()) {
            List<String> path = new ArrayList<>();
            if (!done.contains(c.id()) && cycleFrom(c.id(), path, done)) {
                problem(c.file(), c.line(), "broader concepts form a cycle: " + String.join(" -> ", path));
            }
        }
    }

    private boolean cycleFrom(String id, List<String> path, Set<String> done) {
        if (path.contains(id)) {
            path.add(id);
            path.subList(0, path.indexOf(id)).clear();
            return true;
        }
        if (done.contains(id) || !concepts.containsKey(id)) {
            return false;
        }
        path.add(id);
        for (String b : concepts.get(id).broader()) {
            if (cycleFrom(b, path, done)) {
                path.forEach(done::add);
                return true;
            }
        }
        path.remove(path.size() - 1);
        done.add(id);
        return false;
    }

    private void problem(String file, int line, String message) {
        problems.add(new VocabularyProblem(file, line, 0, scheme + ": " + message));
    }
}
