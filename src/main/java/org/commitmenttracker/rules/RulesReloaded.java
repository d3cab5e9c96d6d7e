package org.commitmenttracker.rules;

/** Fired, inside its transaction, when a rule base has been compiled and made active. */
public record RulesReloaded(String version, String by) {
}
