package org.commitmenttracker.http;

/** One refused field: its path in the request ("deadline", "evidence.eventTypes", "asOf") and why. */
public record FieldError(String field, String message) {
}
