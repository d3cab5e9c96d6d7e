package org.commitmenttracker.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.commitmenttracker.rules.facts.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A candidate as the API shows it: what was read, why, and what staff decided. */
public record CandidateView(long id, long releaseId, String sourceId, Candidate.Status status,
                            @Schema(description = "The exact words, at [start, end) of the release's text") String quote,
                            int start, int end, String sentence, List<String> actors, List<String> addressees,
                            Kind kind, @Schema(description = "Why this kind (rules/extraction/kinds.drl)") String kindReason,
                            LocalDate deadline, String deadlineNote, Period cadence, String cadenceNote,
                            @Schema(description = "The condition it waits for, in the release's words") String trigger,
                            List<String> topics, List<String> eventTypes,
                            @Schema(description = "The cues that fired (rules/extraction/cues.drl)") List<String> cues,
                            List<String> hedges,
                            @Schema(description = "0 to 1: the strongest cue less the hedges") double confidence,
                            @Schema(description = "A first summary, for staff to put in their own words") String summary,
                            String commitmentId, String decidedBy, Instant decidedAt, String reason) {

    static CandidateView of(Candidate c) {
        return new CandidateView(c.id, c.releaseId, c.sourceId, c.status, c.quote, c.start, c.end, c.sentence,
                c.actors, c.addressees, c.kind, c.kindReason, c.deadline, c.deadlineNote, c.cadence, c.cadenceNote,
                c.trigger, c.topics, c.eventTypes, c.cues, c.hedges, c.confidence, c.summary, c.commitmentId,
                c.decidedBy, c.decidedAt, c.reason);
    }
}
