package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.rules.facts.Status;

/** One commitment's outcome in one run, with what changed since its outcome in the run before and why. */
public record HistoryEntry(Long runId, LocalDate asOf, String rulesVersion, Status status, Status previousStatus,
                           String rule, String explanation, List<String> evidenceIds, LocalDate nextDue,
                           List<String> changes) {

    static HistoryEntry of(Outcome before, Outcome o) {
        return new HistoryEntry(o.runId, o.asOf, o.rulesVersion, o.status, o.previousStatus, o.rule, o.explanation,
                o.evidenceIds, o.nextDue, OutcomeChange.reasons(before, o));
    }
}
