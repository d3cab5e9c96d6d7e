package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.rules.PartyDecision;
import org.commitmenttracker.rules.facts.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An outcome as the API shows it. */
public record OutcomeView(Long id, Long runId, String commitmentId, LocalDate asOf, String rulesVersion, Status status,
                          Status previousStatus, String rule, String explanation, String resolution, List<String> evidenceIds,
                          LocalDate nextDue, Integer occurrences, List<String> firedRules, LocalDate termStart,
                          String triggerEventId,
                          @Schema(description = "Each actor's own verdict, when the actors act separately")
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PartyDecision> parties) {

    public static OutcomeView of(Outcome o) {
        return new OutcomeView(o.id, o.runId, o.commitmentId, o.asOf, o.rulesVersion, o.status, o.previousStatus, o.rule,
                o.explanation, o.resolution, o.evidenceIds, o.nextDue, o.occurrences, List.copyOf(o.firedRules), o.termStart,
                o.triggerEventId, List.copyOf(o.parties));
    }
}
