package org.commitmenttracker.security;

/**
 * The roles. {@code auditor}, {@code staff} and {@code rules-admin} each include {@code viewer}
 * (see quarkus.http.auth.roles-mapping in application.properties).
 */
public final class Roles {

    /** Reads commitments, events, sources, evaluation runs and outcomes. */
    public static final String VIEWER = "viewer";
    /** Viewer, plus the audit log and the rules with their stored versions. */
    public static final String AUDITOR = "auditor";
    /** Viewer, plus recording sources, commitments and events, and running evaluations. */
    public static final String STAFF = "staff";
    /** Viewer, plus everything that compiles or runs rule text: reloads, validation, scenario runs, dry runs with submitted rules. */
    public static final String RULES_ADMIN = "rules-admin";

    private Roles() {
    }
}
