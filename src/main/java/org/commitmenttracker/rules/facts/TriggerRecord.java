package org.commitmenttracker.rules.facts;

import java.time.LocalDate;

/** Staff's record that a conditional commitment's trigger was met on a day, and where that is shown. */
public record TriggerRecord(LocalDate metOn, String citation) {

    public LocalDate getMetOn() {
        return metOn;
    }

    public String getCitation() {
        return citation;
    }
}
