package org.commitmenttracker.evaluation;

/**
 * Fired by a feature once it has changed what evaluations read (an event or commitment recorded, a suggestion
 * confirmed, a trigger recorded as met, a trusted import), so that the current run is made again; observed after the
 * transaction commits. The event's id, when one event was recorded, lets the run re-decide only what it touches.
 */
public record InputsChanged(String what, String eventId) {

    static final String EVENT_RECORDED = "event recorded";

    public static InputsChanged eventRecorded(String eventId) {
        return new InputsChanged(EVENT_RECORDED, eventId);
    }

    public static InputsChanged of(String what) {
        return new InputsChanged(what, null);
    }
}
