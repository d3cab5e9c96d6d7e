package org.commitmenttracker.trigger;

import java.time.Instant;
import java.time.LocalDate;

/** A record of a trigger met, as the API shows it. */
public record TriggerMetView(Long id, String commitmentId, LocalDate metOn, String citation, String note,
                             String recordedBy, Instant recordedAt) {

    static TriggerMetView of(TriggerMetRecord r) {
        return new TriggerMetView(r.id, r.commitmentId, r.metOn, r.citation, r.note, r.recordedBy, r.recordedAt);
    }
}
