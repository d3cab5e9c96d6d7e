package org.commitmenttracker.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.commitmenttracker.vocabulary.Labels;
import org.commitmenttracker.vocabulary.Resolution;
import org.commitmenttracker.vocabulary.Scheme;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * Resolves a row's codes and words through the vocabulary: CAMEO and PLOVER codes to event types, CAMEO, ISO and
 * FIPS codes and names to parties, topic words to topics. What does not resolve is kept in its uncontrolled form and
 * listed, never dropped.
 */
final class RowNormaliser {

    private final Vocabulary vocabulary;

    RowNormaliser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    NormalisedRow normalise(ImportRow row) {
        List<String> unresolved = new ArrayList<>();
        String type = resolve(Vocabulary.EVENT_TYPES, row.type(), unresolved);
        Set<String> parties = new LinkedHashSet<>();
        row.parties().forEach(p -> parties.add(resolve(Vocabulary.PARTIES, p, unresolved)));
        Set<String> topics = new LinkedHashSet<>();
        row.topics().forEach(t -> topics.add(resolve(Vocabulary.TOPICS, new ImportRow.Term("topics", t, null),
                unresolved)));
        return new NormalisedRow(row, type, parties, topics, unresolved, title(row, type));
    }

    private String resolve(String scheme, ImportRow.Term term, List<String> unresolved) {
        Optional<Scheme> s = vocabulary.scheme(scheme);
        Optional<Resolution> found = s.flatMap(sc -> term.codeList() == null ? sc.resolve(term.value())
                : sc.resolveCode(term.codeList(), term.value()));
        if (found.isPresent()) {
            return found.get().concept().id();
        }
        unresolved.add(term.field() + "=" + term.value());
        String slug = Labels.slug(term.value());
        return Vocabulary.PARTIES.equals(scheme) ? slug.toUpperCase(Locale.ROOT) : slug;
    }

    /** GDELT rows have no title: "consultation: SOUTH KOREA / INDIA (GDELT)". */
    private String title(ImportRow row, String type) {
        if (row.datasetKey() == null || !row.datasetKey().startsWith("gdelt:")) {
            return row.title();
        }
        String label = vocabulary.scheme(Vocabulary.EVENT_TYPES).flatMap(s -> s.concept(type))
                .map(c -> c.prefLabel()).orElse(type);
        String actors = row.title().isBlank() ? "unnamed actors" : row.title();
        return label + ": " + actors + " (GDELT, CAMEO " + row.type().value() + ")";
    }
}
