package org.commitmenttracker.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** An H2 trigger that refuses every update and delete of the table it guards: the audit trail is append-only. */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Table " + table + " is append-only: rows are never updated or deleted", "42000");
    }
}
