package org.commitmenttracker.extraction;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.commitmenttracker.commitment.CommitmentInput;
import org.commitmenttracker.rules.facts.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What staff correct when accepting a candidate; every field is optional and, when given, replaces what was read.
 * The result must make a valid commitment: a kind's required fields, topics, evidence event types.
 */
@Schema(description = "Corrections to a candidate; omitted fields keep what was read")
public record CandidateCorrections(
        @Schema(description = "The new commitment's id; generated when omitted") String id,
        String summary,
        @Schema(description = "A shorter or longer quote; it must be words of the release's text") String quote,
        Kind kind, Kind underlyingKind, Set<String> actors, Set<String> addressees, Set<String> topics,
        LocalDate deadline, String deadlineNote, Period dueWithin, Period cadence, String cadenceNote,
        Period reviewWindow, CommitmentInput.EvidenceInput evidence, CommitmentInput.EventCriteriaInput trigger,
        CommitmentInput.EventCriteriaInput goal, Boolean actorsActSeparately) {

    static CandidateCorrections none() {
        return new CandidateCorrections(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }
}
