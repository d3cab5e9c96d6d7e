package org.commitmenttracker.vocabulary;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the vocabulary API answers. */
public final class VocabularyViews {

    private VocabularyViews() {
    }

    @Schema(description = "The schemes of the active vocabulary and the rules version they belong to")
    public record Overview(String rulesVersion, List<SchemeSummary> schemes) {
    }

    @Schema(description = "One scheme: its concepts, labels and the outside code lists it maps from")
    public record SchemeSummary(String id, String title, int concepts, int labels, List<CodeList> codeLists) {

        static SchemeSummary of(Scheme s) {
            return new SchemeSummary(s.id(), s.title(), s.concepts().size(), s.labelCount(),
                    List.copyOf(s.codeLists().values()));
        }
    }

    @Schema(description = "A concept in a search result")
    public record ConceptSummary(String id, String prefLabel, List<String> altLabels, List<String> broader,
                                 boolean evidence) {

        static ConceptSummary of(Concept c) {
            return new ConceptSummary(c.id(), c.prefLabel(), c.altLabels(), c.broader(), c.evidence());
        }
    }

    @Schema(description = "A concept with its neighbours, codes, where it is defined and how many records use it")
    public record ConceptDetail(String scheme, String id, String prefLabel, List<String> altLabels,
                                List<ConceptRef> broader, List<ConceptRef> narrower, Map<String, List<String>> mappings,
                                boolean evidence, String note, String definedIn, Usage usage) {
    }

    @Schema(description = "A concept named by id and label")
    public record ConceptRef(String id, String prefLabel) {

        static ConceptRef of(Concept c) {
            return new ConceptRef(c.id(), c.prefLabel());
        }
    }

    @Schema(description = "How many stored commitments and events carry the concept id")
    public record Usage(long commitments, long events) {
    }

    @Schema(description = "What a term resolves to: the concept and how it was recognised, or close concepts")
    public record ResolutionView(String scheme, String term, boolean resolved, ConceptRef concept, String matchedBy,
                                 Boolean evidence, String message, List<ConceptRef> suggestions) {

        static ResolutionView of(Resolution r) {
            return new ResolutionView(r.scheme(), r.term(), r.resolved(),
                    r.resolved() ? ConceptRef.of(r.concept()) : null, r.matchedBy(),
                    r.resolved() ? r.concept().evidence() : null, r.resolved() ? null : r.describeUnknown(),
                    r.suggestions().stream().map(ConceptRef::of).toList());
        }
    }

    @Schema(description = "A term stored uncontrolled: how often it is used and the concepts it may mean")
    public record UnknownTerm(String scheme, String term, long uses, List<ConceptRef> suggestions) {
    }
}
