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
import org.commitmenttracker.extraction.nlp.PartsOfSpeech;
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

    private static final java.util.regex.Pattern CONJUNCTION = java.util.regex.Pattern.compile("^(?:and|or)\\s+");
    private static final Set<String> OWN_SUBJECT = Set.of("DET", "PRON", "ADP", "NUM", "PROPN", "SCONJ", "PUNCT");

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
        List<TextSpan> sentenceSpans = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        Map<Clause, TextSpan> subjectOf = new LinkedHashMap<>();
        Set<Clause> leadIns = new HashSet<>();
        for (Blocks.Block block : blocks.kept()) {
            String blockLeadIn = block.leadIn() == null ? "" : block.leadIn().text();
            for (TextSpan sentence : sentences.split(text, List.of(block.span()))) {
                sentenceSpans.add(sentence);
                String whole = blockLeadIn.isEmpty() ? sentence.text() : blockLeadIn + " " + sentence.text();
                TextSpan previous = null;
                String chain = blockLeadIn;
                for (TextSpan span : ClauseSplitter.split(text, sentence)) {
                    boolean continues = previous != null && continuesAfterSemicolon(text, previous, span);
                    String leadIn = continues ? chain : blockLeadIn;
                    if (!continues) {
                        chain = join(blockLeadIn, span.text());
                    }
                    previous = span;
                    String words = join(leadIn, span.text());
                    Clause clause = new Clause(clauses.size(), span.text(), span.start(), whole, leadIn,
                            read(words, release.statedOn()));
                    clauses.add(clause);
                    subjectOf.put(clause, block.leadIn() == null ? sentence : block.leadIn());
                    if (block.leadsList() && span.end() == block.span().end()) {
                        leadIns.add(clause);
                    }
                }
            }
        }
        Indexes indexes = INDEXES.computeIfAbsent(rules, Indexes::of);
        ReleaseContext context = new ReleaseContext(text, sentenceSpans, indexes.parties(), release.publisher(),
                rules.words());
        clauses.forEach(c -> c.readSubjectsWith(at -> context.subjectKind(c.getStart(), c.getStart() + at)));
        Conclusions conclusions = Conclusions.of(rules.infer(clauses));
        CandidateReader reader = new CandidateReader(text, context, indexes.topics(), indexes.eventTypes());
        List<ExtractedCandidate> found = new ArrayList<>();
        Set<String> quotes = new HashSet<>();
        for (Proposal proposal : conclusions.proposals()) {
            Clause clause = proposal.clause();
            ExtractedCandidate candidate = reader.read(clause, subjectOf.get(clause), proposal.confidence(),
                    conclusions.cuesOf(clause), conclusions.hedgesOf(clause), conclusions.kindOf(clause));
            if (leadIns.contains(clause) && candidate.quote().split("\\s+").length <= LEAD_IN_CUE_WORDS) {
                continue; // "The ministers agreed to:" says nothing of its own; its items are the candidates
            }
            if (quotes.add(Labels.key(candidate.quote()))) {
                found.add(candidate);
            }
        }
        return new Reading(found, blocks.setAside());
    }

    private static String join(String leadIn, String clause) {
        return leadIn.isEmpty() ? clause : leadIn + " " + clause;
    }

    /**
     * Whether a clause goes on with the verb of the one before, across a semicolon: "agreed to facilitate exchanges;
     * double efforts to reach the target; and increase support ..." It starts in lower case, and (past an "and" or
     * "or") with neither a determiner, a pronoun, a preposition nor a number, which would start a clause of its own.
     */
    private static boolean continuesAfterSemicolon(String text, TextSpan previous, TextSpan clause) {
        if (!text.substring(previous.end(), clause.start()).contains(";")
                || !Character.isLowerCase(clause.text().charAt(0))) {
            return false;
        }
        String words = CONJUNCTION.matcher(clause.text()).replaceFirst("");
        PartsOfSpeech.Tagged tagged = PartsOfSpeech.tag(words);
        return tagged.size() > 0 && !OWN_SUBJECT.contains(tagged.tags()[0]);
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
