package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A commitment's term together with all of its evidence, oldest first: what the status rules judge.
 * Inserted by the rules in rules/evidence/matching.drl once every piece of evidence is known.
 */
public final class Progress {

    private final Term term;
    private final List<EventFact> evidence;

    public Progress(Term term, Collection<Evidence> evidence) {
        this.term = term;
        this.evidence = evidence.stream().map(Evidence::getEvent).sorted(EventFact.CHRONOLOGICAL).toList();
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

    /** "e-1 (meeting, 2021-12-07) and e-2 (visit, 2022-01-03)", or "no event" when empty. */
    public String describeEvidence() {
        return describe(evidence);
    }

    public String describeEvidenceBy(LocalDate day) {
        return describe(evidenceBy(day));
    }

    private List<EventFact> evidenceBy(LocalDate day) {
        return evidence.stream().filter(e -> !e.getDate().isAfter(day)).toList();
    }

    private static List<String> ids(List<EventFact> events) {
        return events.stream().map(EventFact::getId).toList();
    }

    private static String describe(List<EventFact> events) {
        if (events.isEmpty()) {
            return "no event";
        }
        String all = events.stream().map(EventFact::toString).collect(Collectors.joining(", "));
        int lastComma = all.lastIndexOf("), ");
        return lastComma < 0 ? all : all.substring(0, lastComma + 1) + " and " + all.substring(lastComma + 3);
    }

    @Override
    public String toString() {
        return "progress of " + getCommitmentId() + ": " + evidence.size() + " evidence";
    }
}
