package org.commitmenttracker.event;

import java.time.LocalDate;

/** Which events to list; null fields do not filter. Dates are inclusive. */
public record EventFilter(LocalDate from, LocalDate to, String actor, String topic, String type) {
}
