package org.commitmenttracker.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.FieldError;
import org.commitmenttracker.http.InvalidRequestException;

/**
 * Resolves the terms of a record being stored (REST, seeds) through the active vocabulary. Known words become concept
 * ids, with the words given kept where they differ; unknown words are stored uncontrolled with a warning naming the
 * closest concepts, or, with {@code tracker.vocabulary.strict=true}, refused with a 400 naming the field.
 */
@ApplicationScoped
public class TermResolver {

    private final VocabularyInUse inUse;
    private final TrackerConfig config;

    public TermResolver(VocabularyInUse inUse, TrackerConfig config) {
        this.inUse = inUse;
        this.config = config;
    }

    /**
     * The form a term is stored in: its concept id, or its uncontrolled form; null stays null. For filters, so that
     * {@code ?topic=UNSC} lists what is stored as security-council.
     */
    public String storedForm(String scheme, String term) {
        return term == null ? null : new Terms(inUse.vocabulary(), false).one(scheme, "", term);
    }

    /** A resolution of one record's terms, against the vocabulary active now. */
    public Terms begin() {
        return new Terms(inUse.vocabulary(), config.vocabulary().strict());
    }

    /** Collects the resolved terms, notes, warnings and refusals of one record. */
    public static final class Terms {

        private final Vocabulary vocabulary;
        private final boolean strict;
        private final List<TermNote> notes = new ArrayList<>();
        private final List<TermWarning> warnings = new ArrayList<>();
        private final List<FieldError> errors = new ArrayList<>();

        Terms(Vocabulary vocabulary, boolean strict) {
            this.vocabulary = vocabulary == null ? Vocabulary.empty() : vocabulary;
            this.strict = strict;
        }

        /** The concept id of the term, or its uncontrolled form (a slug; upper case for parties). */
        public String one(String scheme, String field, String term) {
            if (term == null) {
                return null;
            }
            Resolution r = vocabulary.resolve(scheme, term.strip());
            if (r.resolved()) {
                if (!r.concept().id().equals(term)) {
                    notes.add(new TermNote(field, term, r.concept().id()));
                }
                return r.concept().id();
            }
            String uncontrolled = Vocabulary.PARTIES.equals(scheme) ? Labels.slug(term).toUpperCase(Locale.ROOT)
                    : Labels.slug(term);
            if (uncontrolled.isEmpty()) {
                errors.add(new FieldError(field, "'" + term + "' has no letter or digit"));
            } else if (strict) {
                errors.add(new FieldError(field, r.describeUnknown()));
            } else {
                warnings.add(new TermWarning(field, term, r.describeUnknown(),
                        r.suggestions().stream().map(Concept::id).toList()));
                if (!uncontrolled.equals(term)) {
                    notes.add(new TermNote(field, term, uncontrolled));
                }
            }
            return uncontrolled;
        }

        /** Each term resolved, in the given order, without duplicates; null stays null. */
        public Set<String> all(String scheme, String field, Set<String> terms) {
            if (terms == null) {
                return null;
            }
            Set<String> ids = new LinkedHashSet<>();
            terms.forEach(t -> ids.add(one(scheme, field, t)));
            return ids;
        }

        /** Throws a 400 naming every refused field; otherwise returns the notes to store. */
        public List<TermNote> notesOrRefuse() {
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            return List.copyOf(notes);
        }

        public List<TermWarning> warnings() {
            return List.copyOf(warnings);
        }
    }
}
