package org.commitmenttracker.rules;

/** One file of the rule base: its path relative to the rules folder (with forward slashes) and its text. */
public record RuleFile(String path, String content) {

    public boolean isDrl() {
        return path.endsWith(".drl");
    }
}
