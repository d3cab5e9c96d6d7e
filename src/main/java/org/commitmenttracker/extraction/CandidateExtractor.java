package org.commitmenttracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.commitmenttracker.extraction.facts.Clause;
import org.commitmenttracker.extraction.facts.Cue;
import org.commitmenttracker.extraction.facts.Hedge;
import org.commitmenttracker.extraction.facts.KindGuess;
import org.commitmenttracker.extraction.facts.Proposal;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.vocabulary.Labels;
import org.commitmenttracker.vocabulary.Vocabulary;

/**
 * Proposes the commitments in a release's text: paragraphs without page furniture, sentences, clauses; what each
 * clause's words say about dates, cadence and conditions; the extraction rules (rules/extraction/) deciding which
 * clauses commit and of which kind; then who, to whom and about what, through the vocabulary. Each step is a class
 * of its own; this one only runs them in order. The same text and rules always give the same candidates.
 */
public final class CandidateExtractor {

    /** A release to read: its text, the day it was made, and its publisher (whose party ambiguous names lean to). */
    public record Release(String text, LocalDate statedOn, String publisher) {
    }

    /** The mention indexes of each vocabulary in use, built once: a vocabulary never changes, a reload makes anew. */
    private static final Map<Vocabulary, Indexes> INDEXES = Collections.synchronizedMap(new WeakHashMap<>());

    private final SentenceSplitter sentences = new SentenceSplitter();

    private record Indexes(Mentions parties, Mentions topics, Mentions eventTypes) {
        static Indexes of(Vocabulary vocabulary) {
            return new Indexes(Mentions.ofParties(vocabulary.scheme(Vocabulary.PARTIES)),
                    Mentions.of(vocabulary.scheme(Vocabulary.TOPICS)),
                    Mentions.of(vocabulary.scheme(Vocabulary.EVENT_TYPES)));
        }
    }

    public List<ExtractedCandidate> extract(RuleBase rules, Release release) {
        String text = release.text();
        List<TextSpan> sentenceSpans = sentences.split(text, Blocks.of(text));
        List<Clause> clauses = new ArrayList<>();
        Map<Clause, TextSpan> sentenceOf = new LinkedHashMap<>();
        for (TextSpan sentence : sentenceSpans) {
            for (TextSpan span : ClauseSplitter.split(text, sentence)) {
                Clause clause = new Clause(clauses.size(), span.text(), span.start(), sentence.text(),
                        read(span.text(), release.statedOn()));
                clauses.add(clause);
                sentenceOf.put(clause, sentence);
            }
        }
        Conclusions conclusions = Conclusions.of(rules.infer(clauses));
        Indexes indexes = INDEXES.computeIfAbsent(rules.vocabulary(), Indexes::of);
        CandidateReader reader = new CandidateReader(text,
                new ReleaseContext(text, sentenceSpans, indexes.parties(), release.publisher()), indexes.topics(),
                indexes.eventTypes());
        List<ExtractedCandidate> found = new ArrayList<>();
        Set<String> quotes = new HashSet<>();
        for (Proposal proposal : conclusions.proposals()) {
            Clause clause = proposal.clause();
            ExtractedCandidate candidate = reader.read(clause, sentenceOf.get(clause), proposal.confidence(),
                    conclusions.cuesOf(clause), conclusions.hedgesOf(clause), conclusions.kindOf(clause));
            if (quotes.add(Labels.key(candidate.quote()))) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static Clause.Reading read(String clause, LocalDate statedOn) {
        var deadline = DeadlineReader.read(clause, statedOn);
        var cadence = CadenceReader.read(clause);
        return new Clause.Reading(deadline.map(DeadlineReader.Reading::deadline).orElse(null),
                deadline.map(DeadlineReader.Reading::note).orElse(null),
                cadence.map(CadenceReader.Reading::cadence).orElse(null),
                cadence.map(CadenceReader.Reading::note).orElse(null), TriggerReader.read(clause).orElse(null));
    }

    /** What the rules concluded, by clause. */
    private record Conclusions(List<Proposal> proposals, Map<Clause, List<Cue>> cues, Map<Clause, List<Hedge>> hedges,
                               Map<Clause, KindGuess> kinds) {

        static Conclusions of(List<Object> facts) {
            List<Proposal> proposals = new ArrayList<>();
            Map<Clause, List<Cue>> cues = new LinkedHashMap<>();
            Map<Clause, List<Hedge>> hedges = new LinkedHashMap<>();
            Map<Clause, KindGuess> kinds = new LinkedHashMap<>();
            for (Object fact : facts) {
                if (fact instanceof Proposal p) {
                    proposals.add(p);
                } else if (fact instanceof Cue c) {
                    cues.computeIfAbsent(c.clause(), k -> new ArrayList<>()).add(c);
                } else if (fact instanceof Hedge h) {
                    hedges.computeIfAbsent(h.clause(), k -> new ArrayList<>()).add(h);
                } else if (fact instanceof KindGuess g) {
                    kinds.merge(g.clause(), g, (a, b) -> a.priority() >= b.priority() ? a : b);
                }
            }
            proposals.sort(Comparator.comparingInt(p -> p.clause().getIndex()));
            cues.values().forEach(list -> list.sort(Comparator.comparingInt(Cue::at).thenComparing(Cue::name)));
            hedges.values().forEach(list -> list.sort(Comparator.comparing(Hedge::name)));
            return new Conclusions(proposals, cues, hedges, kinds);
        }

        List<Cue> cuesOf(Clause c) {
            return cues.getOrDefault(c, List.of());
        }

        List<Hedge> hedgesOf(Clause c) {
            return hedges.getOrDefault(c, List.of());
        }

        KindGuess kindOf(Clause c) {
            return kinds.get(c);
        }
    }
}
