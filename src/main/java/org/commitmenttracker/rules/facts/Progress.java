package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;

/**
 * A commitment's term together with all of its evidence, oldest first: what the status rules judge.
 * Inserted by the rules in rules/evidence/matching.drl once every piece of evidence is known.
 */
public final class Progress implements CommitmentScoped {

    private static final int NAMED = 3;

    private final Term term;
    private final List<EventFact> evidence;

    public Progress(Term term, Collection<EventFact> evidence) {
        this.term = term;
        this.evidence = EventFact.chronologicalOnce(evidence);
    }

    public String getCommitmentId() {
        return term.getCommitmentId();
    }

    public Term getTerm() {
        return term;
    }

    public LocalDate getStart() {
        return term.getStart();
    }

    public LocalDate getDeadline() {
        return term.getDeadline();
    }

    public Period getPeriod() {
        return term.getPeriod();
    }

    /** Evidence events, oldest first. */
    public List<EventFact> getEvidence() {
        return evidence;
    }

    public int getOccurrences() {
        return evidence.size();
    }

    /** The date of the latest evidence, or the start of the term when there is none. */
    public LocalDate getLastActivity() {
        return evidence.isEmpty() ? term.getStart() : evidence.get(evidence.size() - 1).getDate();
    }

    /** When the next evidence is due: one period after the last activity, else the deadline; null if neither. */
    public LocalDate getNextDue() {
        return term.getPeriod() != null ? getLastActivity().plus(term.getPeriod()) : term.getDeadline();
    }

    public boolean hasEvidenceBy(LocalDate day) {
        return !evidence.isEmpty() && !evidence.get(0).getDate().isAfter(day);
    }

    public List<String> getEvidenceIds() {
        return ids(evidence);
    }

    public List<String> evidenceIdsBy(LocalDate day) {
        return ids(evidenceBy(day));
    }

    /**
     * "no matching event since it was stated on 2020-05-19", or
     * "2 matching events since it was stated on 2020-05-19, the last e-7 (meeting, 2021-03-02)".
     */
    public String describeActivity() {
        if (evidence.isEmpty()) {
            return "no matching event since " + term.describeStart();
        }
        EventFact last = evidence.get(evidence.size() - 1);
        return evidence.size() + " matching event" + (evidence.size() == 1 ? "" : "s") + " since "
                + term.describeStart() + ", the last " + last;
    }

    /** The evidence dated on or before the day, as "e-1 (meeting, 2021-12-07) and e-2 (visit, 2022-01-03)". */
    public String describeEvidenceBy(LocalDate day) {
        return describe(evidenceBy(day));
    }

    /** The evidence dated after the day, as " Later events do not count: e-3 (meeting, 2022-01-03)."; else "". */
    public String describeEvidenceAfter(LocalDate day) {
        List<EventFact> later = evidence.stream().filter(e -> e.getDate().isAfter(day)).toList();
        return later.isEmpty() ? "" : " Later events do not count: " + describe(later) + ".";
    }

    private List<EventFact> evidenceBy(LocalDate day) {
        return evidence.stream().filter(e -> !e.getDate().isAfter(day)).toList();
    }

    private static List<String> ids(List<EventFact> events) {
        return events.stream().map(EventFact::getId).toList();
    }

    /** Names at most {@value #NAMED} events, then says how many more there are. */
    private static String describe(List<EventFact> events) {
        if (events.isEmpty()) {
            return "no event";
        }
        List<String> named = events.stream().limit(NAMED).map(EventFact::toString).toList();
        String more = events.size() > NAMED ? " and " + (events.size() - NAMED) + " more" : "";
        if (named.size() == 1 || !more.isEmpty()) {
            return String.join(", ", named) + more;
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    @Override
    public String toString() {
        return "progress of " + getCommitmentId() + ": " + evidence.size() + " evidence";
    }
}
