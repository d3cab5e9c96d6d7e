package org.commitmenttracker.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.CommitmentFactBuilder;
import org.commitmenttracker.rules.facts.Criteria;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Kind;

/**
 * The rules shipped in the project's rules/ folder, compiled once for all rule tests and run under the service's
 * default session limits, and fact builders.
 */
public final class ShippedRules {

    public static final Path FOLDER = Path.of("rules");
    /** The limits every session of the service runs under by default (application.properties, tracker.rules.limits). */
    static final SessionLimits SERVICE_LIMITS = new SessionLimits(100_000, 1_000, java.time.Duration.ofSeconds(60));
    private static RuleBase compiled;

    private ShippedRules() {
    }

    public static synchronized RuleBase get() {
        if (compiled == null) {
            compiled = new RuleBaseLoader().load(FOLDER).withLimits(SERVICE_LIMITS);
        }
        return compiled;
    }

    static Decision decide(CommitmentFact commitment, LocalDate asOf, EventFact... events) {
        return get().decide(List.of(commitment), List.of(events), asOf).get(0);
    }

    /** A commitment by KOR and IND about "defence", counting meetings and agreements in which both take part. */
    static CommitmentFactBuilder commitment(Kind kind, LocalDate statedOn) {
        return CommitmentFact.builder("c-1", kind, statedOn)
                .actors(Set.of("KOR", "IND"))
                .topics(Set.of("defence"))
                .evidence(new Criteria(Set.of("meeting", "agreement"), Set.of("defence"), Set.of("KOR", "IND")));
    }

    static EventFact meeting(String id, LocalDate date) {
        return new EventFact(id, date, "meeting", Set.of("KOR", "IND"), Set.of("defence"));
    }

    static EventFact event(String id, LocalDate date, String type, Set<String> participants, Set<String> topics) {
        return new EventFact(id, date, type, participants, topics);
    }
}
