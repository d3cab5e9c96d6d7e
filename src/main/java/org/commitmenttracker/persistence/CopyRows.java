package org.commitmenttracker.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * Rows sent to PostgreSQL with {@code COPY ... from stdin (format csv)}, the fastest way in: every value quoted
 * (quotes doubled), so that commas, quotes and line breaks survive; a null is an empty unquoted field, as COPY reads
 * it.
 */
public final class CopyRows {

    private CopyRows() {
    }

    /** The rows as COPY's CSV lines. */
    public static String csv(List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 200);
        for (Object[] values : rows) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                if (values[i] != null) {
                    csv.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Copies the rows into the table's columns, in the connection's transaction. */
    public static void copy(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv(rows)));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }
}
