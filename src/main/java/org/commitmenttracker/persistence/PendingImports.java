package org.commitmenttracker.persistence;

/**
 * Rows an import wrote while it has not succeeded: an import commits in chunks, and its events and suggestions stay
 * unseen until its record says SUCCEEDED, so that an import is all-or-nothing to every reader. Rows it wrote before
 * failing are deleted by its rollback.
 */
public final class PendingImports {

    /** The SQL condition, on a row with an {@code import_id}, that the import which wrote it is not over. */
    public static final String PENDING = "import_id in (select pending.id from import_run pending "
            + "where pending.status in ('RUNNING', 'ROLLING_BACK'))";

    /** The restriction on entities written by imports: rows of imports that are not over are left out. */
    public static final String HIDDEN = "(import_id is null or not " + PENDING + ")";

    private PendingImports() {
    }
}
