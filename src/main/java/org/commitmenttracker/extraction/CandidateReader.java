package org.commitmenttracker.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.extraction.facts.Clause;
import org.commitmenttracker.extraction.facts.Cue;
import org.commitmenttracker.extraction.facts.Hedge;
import org.commitmenttracker.extraction.facts.KindGuess;
import org.commitmenttracker.rules.facts.Kind;

/**
 * Reads a proposed clause into a candidate: the quote from its first cue to its end, the subject before the cue for
 * actors, the words after it for addressees, topics and event types, through the release's context.
 */
final class CandidateReader {

    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.\"”’')]+$");
    private static final int SUBJECT_WORDS = 12;
    private static final Pattern INVITED_TO_VISIT = Pattern.compile("(?i)\\binvit\\w*\\b.*?\\b(?:visit|come)\\s+(?:to\\s+)?");
    private static final int HOST_REACH = 40;

    private final String text;
    private final ReleaseContext context;
    private final Mentions topics;
    private final Mentions eventTypes;

    CandidateReader(String text, ReleaseContext context, Mentions topics, Mentions eventTypes) {
        this.text = text;
        this.context = context;
        this.topics = topics;
        this.eventTypes = eventTypes;
    }

    ExtractedCandidate read(Clause clause, TextSpan sentence, double confidence, List<Cue> cues, List<Hedge> hedges,
                            KindGuess kind) {
        int cueAt = clause.getStart() + cues.get(0).at();
        int end = endOfQuotation(cueAt, clause.getEnd());
        String tail = text.substring(cueAt, end);
        end -= tail.length() - TRAILING.matcher(tail).replaceAll("").length();
        String quote = text.substring(cueAt, end);
        Kind guessed = kind == null ? Kind.ONE_OFF : kind.kind();
        List<String> actors = actors(clause, sentence, cueAt);
        List<String> addressees = addressees(guessed, actors, cueAt, end);
        List<String> host = guessed == Kind.REQUEST ? host(quote, cueAt) : List.of();
        if (!host.isEmpty()) {
            actors = host;
            addressees = context.releaseParties().stream().filter(p -> !host.contains(p)).toList();
        }
        return new ExtractedCandidate(quote, cueAt, end, clause.getSentence(), actors, addressees, guessed,
                kind == null ? null : kind.reason(), clause.getDeadline(), clause.getDeadlineNote(),
                clause.getCadence(), clause.getCadenceNote(), clause.getTrigger(),
                concepts(topics, clause.getStart(), clause.getEnd()),
                concepts(eventTypes, clause.getStart(), clause.getEnd()),
                cues.stream().map(Cue::name).distinct().toList(), hedges.stream().map(Hedge::name).distinct().toList(),
                Math.round(confidence * 100) / 100.0, summary(actors, quote));
    }

    /**
     * Where a quotation that the cue stands in closes, so that the attribution after it ("..." it added) stays out of
     * the quote; the clause's end when the cue is not quoted. Quotations are counted from the paragraph's start.
     */
    private int endOfQuotation(int cueAt, int clauseEnd) {
        String before = text.substring(text.lastIndexOf('\n', cueAt) + 1, cueAt);
        long straight = before.chars().filter(ch -> ch == '"').count();
        boolean open = straight % 2 == 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
        if (!open) {
            return clauseEnd;
        }
        for (int i = cueAt; i < clauseEnd; i++) {
            if (text.charAt(i) == '"' || text.charAt(i) == '”') {
                return i;
            }
        }
        return clauseEnd;
    }

    /**
     * The subject before the cue; a clause that starts at its verb takes the subject of its sentence (a list item,
     * that of its lead-in).
     */
    private List<String> actors(Clause clause, TextSpan sentence, int cueAt) {
        List<String> own = cueAt > clause.getStart() ? context.subject(clause.getStart(), cueAt) : List.of();
        if (!own.isEmpty()) {
            return own;
        }
        int to = sentence.start();
        int words = 0;
        for (int i = sentence.start(); i < sentence.end() && words < SUBJECT_WORDS; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                words++;
            }
            to = i + 1;
        }
        List<String> bySentence = context.subject(sentence.start(), Math.min(to, cueAt > sentence.start() ? cueAt
                : to));
        return bySentence.isEmpty() ? context.releaseParties() : bySentence;
    }

    /**
     * Who invites, when an invitation names where to visit ("extended an invitation to President Milei to visit
     * China"): the host, whoever the sentence's subject seems to be.
     */
    private List<String> host(String quote, int cueAt) {
        Matcher visit = INVITED_TO_VISIT.matcher(quote);
        if (!visit.find()) {
            return List.of();
        }
        int from = cueAt + visit.end();
        List<String> parties = context.partiesIn(from, Math.min(text.length(), from + HOST_REACH));
        return parties.isEmpty() ? List.of() : List.of(parties.get(0));
    }

    /** A request's addressee is the first party after the cue; an offer by one of two parties is to the other. */
    private List<String> addressees(Kind kind, List<String> actors, int from, int to) {
        List<String> after = new ArrayList<>(context.partiesIn(from, to));
        after.removeAll(actors);
        if (kind == Kind.REQUEST && !after.isEmpty()) {
            return List.of(after.get(0));
        }
        List<String> others = new ArrayList<>(context.releaseParties());
        others.removeAll(actors);
        return actors.size() == 1 && others.size() == 1 ? others : List.of();
    }

    private List<String> concepts(Mentions mentions, int from, int to) {
        Set<String> found = new LinkedHashSet<>();
        mentions.find(text, from, to).forEach(m -> found.addAll(m.concepts()));
        return List.copyOf(found);
    }

    /** A first summary, for staff to put in their own words: who, then the quote. */
    private static String summary(List<String> actors, String quote) {
        String who = actors.isEmpty() ? "Someone" : String.join(" and ", actors);
        String words = quote.length() > 300 ? quote.substring(0, 297) + "..." : quote;
        return who + " " + words + ".";
    }
}
