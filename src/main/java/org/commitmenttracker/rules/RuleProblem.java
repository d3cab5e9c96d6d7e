package org.commitmenttracker.rules;

/** A compilation error in a rule file; line and column are 1-based, 0 when the compiler did not say. */
public record RuleProblem(String file, int line, int column, String message) {

    /** The form editors and build tools understand: {@code file:line:col: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
