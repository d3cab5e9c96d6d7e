package org.commitmenttracker.trigger;

/** Fired, inside its transaction, when staff have recorded that a commitment's trigger was met. */
public record TriggerMetRecorded(String commitmentId) {
}
