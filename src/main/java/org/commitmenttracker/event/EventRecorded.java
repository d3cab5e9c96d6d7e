package org.commitmenttracker.event;

/** Fired, inside its transaction, when an event has been recorded through the API: other features may act on it. */
public record EventRecorded(String eventId) {
}
