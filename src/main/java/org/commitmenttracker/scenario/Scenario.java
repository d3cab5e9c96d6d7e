package org.commitmenttracker.scenario;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.commitment.CommitmentInput;
import org.commitmenttracker.event.EventInput;
import org.commitmenttracker.rules.facts.Status;

/**
 * A rule author's test, read from rules/tests/*.yaml: commitments and events (written as the REST API takes them;
 * sourceId, summary, quote, title and citation may be left out), staff's records of triggers met, and checks, each an
 * as-of date with the expected
 * status and, optionally, the deciding rule per commitment.
 */
public record Scenario(String description, List<CommitmentInput> commitments, List<EventInput> events,
                       List<TriggerMet> triggersMet, List<Check> checks) {

    public Scenario {
        commitments = commitments == null ? List.of() : commitments;
        events = events == null ? List.of() : events;
        triggersMet = triggersMet == null ? List.of() : triggersMet;
        checks = checks == null ? List.of() : checks;
    }

    /** Staff's record that a conditional commitment's trigger was met on a day, with a citation. */
    public record TriggerMet(String commitment, LocalDate on, String citation) {
    }

    /** What the rules should decide as of one date. */
    public record Check(LocalDate asOf, List<Expectation> expect) {
    }

    /** The expected status of one commitment and, when given, the rule that should decide it. */
    public record Expectation(String commitment, Status status, String rule) {
    }
}
