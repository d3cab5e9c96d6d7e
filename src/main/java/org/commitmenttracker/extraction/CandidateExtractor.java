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
import org.commitmenttracker.rules.LearnedScore;
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

    /** The mention indexes of each rule base in use, built once: a rule base never changes, a reload makes anew. */
    private static final Map<RuleBase, Indexes> INDEXES = Collections.synchronizedMap(new WeakHashMap<>());


    /** A lead-in whose quote is this short ("agreed to:", "decided the following:") only introduces its items. */
    private static final int LEAD_IN_CUE_WORDS = 3;

    private final SentenceSplitter sentences = new SentenceSplitter();

    private record Indexes(Mentions parties, Mentions topics, Mentions eventTypes) {
        static Indexes of(RuleBase rules) {
            Vocabulary vocabulary = rules.vocabulary();
            return new Indexes(Mentions.ofParties(vocabulary.scheme(Vocabulary.PARTIES), rules.words().notCountryWords()),
                    Mentions.of(vocabulary.scheme(Vocabulary.TOPICS)),
                    Mentions.of(vocabulary.scheme(Vocabulary.EVENT_TYPES)));
        }
    }

    /** What a reading gave: the candidates, and the stretches of text set aside unread, with why. */
    public record Reading(List<ExtractedCandidate> candidates, List<Blocks.SetAside> setAside) {
    }

    public List<ExtractedCandidate> extract(RuleBase rules, Release release) {
        return read(rules, release).candidates();
    }

    public Reading read(RuleBase rules, Release release) {
        String text = release.text();
        Blocks.Reading blocks = Blocks.read(text);
        ReleaseClauses clauses = prepare(rules, release, blocks);
        Conclusions conclusions = Conclusions.of(rules.infer(clauses.clauses()));
        Indexes indexes = INDEXES.computeIfAbsent(rules, Indexes::of);
        CandidateReader reader = new CandidateReader(text, clauses.context(), indexes.topics(), indexes.eventTypes());
        List<ExtractedCandidate> found = new ArrayList<>();
        Set<String> quotes = new HashSet<>();
        for (Proposal proposal : conclusions.proposals()) {
            Clause clause = proposal.clause();
            ExtractedCandidate candidate = reader.read(clause, clauses.subjectOf().get(clause), proposal.confidence(),
                    conclusions.cuesOf(clause), conclusions.hedgesOf(clause), conclusions.kindOf(clause));
            if (clauses.leadIns().contains(clause) && candidate.quote().split("\\s+").length <= LEAD_IN_CUE_WORDS) {
                continue; // "The ministers agreed to:" says nothing of its own; its items are the candidates
            }
            if (quotes.add(Labels.key(candidate.quote()))) {
                found.add(candidate);
            }
        }
        return new Reading(found, blocks.setAside());
    }

    /** The clauses the extraction rules would read in the release, as they would see them (to train a score on). */
    public List<Clause> clauses(RuleBase rules, Release release) {
        return prepare(rules, release, Blocks.read(release.text())).clauses();
    }

    /** The release's clauses with their subjects known and, when the rules carry a learned score, weighed by it. */
    private ReleaseClauses prepare(RuleBase rules, Release release, Blocks.Reading blocks) {
        Indexes indexes = INDEXES.computeIfAbsent(rules, Indexes::of);
        ReleaseClauses clauses = ReleaseClauses.read(release, blocks, sentences, rules.words(), context -> new ReleaseContext(
                release.text(), context, indexes.parties(), release.publisher(), rules.words()));
        LearnedScore learned = rules.learnedScore();
        if (learned.present()) {
            clauses.clauses().forEach(c -> c.weighWith(learned.probability(ClauseFeatures.of(c)), learned.share()));
        }
        return clauses;
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
