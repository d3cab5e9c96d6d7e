package org.commitmenttracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.commitmenttracker.extraction.facts.Clause;
import org.commitmenttracker.extraction.nlp.PartsOfSpeech;
import org.commitmenttracker.rules.WordLists;

/**
 * A release cut into the clauses the extraction rules read: the kept blocks' sentences and clauses, each list item
 * read after its lead-in (and a clause after a semicolon after the verb it goes on with), with what its words say
 * about dates, cadence and conditions, and whose words name its subject.
 */
record ReleaseClauses(List<Clause> clauses, Map<Clause, TextSpan> subjectOf, Set<Clause> leadIns,
                      ReleaseContext context) {

    private static final Pattern CONJUNCTION = Pattern.compile("^(?:and|or)\\s+");
    private static final Set<String> OWN_SUBJECT = Set.of("DET", "PRON", "ADP", "NUM", "PROPN", "SCONJ", "PUNCT");

    /** Cuts the kept blocks; the context, made from the release's sentences, tells each clause's subject. */
    static ReleaseClauses read(CandidateExtractor.Release release, Blocks.Reading blocks, SentenceSplitter sentences,
                               WordLists words, Function<List<TextSpan>, ReleaseContext> contextOf) {
        String text = release.text();
        List<TextSpan> sentenceSpans = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        Map<Clause, TextSpan> subjectOf = new LinkedHashMap<>();
        Set<Clause> leadIns = new HashSet<>();
        for (Blocks.Block block : blocks.kept()) {
            String blockLeadIn = block.leadIn() == null ? "" : block.leadIn().text();
            for (TextSpan sentence : sentences.split(text, List.of(block.span()), words)) {
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
                    Clause clause = new Clause(clauses.size(), span.text(), span.start(), whole, leadIn,
                            read(join(leadIn, span.text()), release.statedOn()));
                    clauses.add(clause);
                    subjectOf.put(clause, block.leadIn() == null ? sentence : block.leadIn());
                    if (block.leadsList() && span.end() == block.span().end()) {
                        leadIns.add(clause);
                    }
                }
            }
        }
        ReleaseContext context = contextOf.apply(sentenceSpans);
        clauses.forEach(c -> c.readSubjectsWith(at -> context.subjectKind(c.getStart(), c.getStart() + at)));
        return new ReleaseClauses(clauses, subjectOf, leadIns, context);
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
}
