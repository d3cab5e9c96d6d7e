package org.commitmenttracker.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionImplementor;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Takes back what an import wrote before it failed or was interrupted, a bounded chunk per transaction: the earlier
 * events it merged into get their former counts, addresses and trust back (with the dataset ids it added to them),
 * then its suggestions and the events it created (with their participants, topics and dataset ids) are deleted.
 * Every step finds its work in what is stored, so a rollback cut short by a crash is simply run again.
 */
@ApplicationScoped
class ImportRollback {

    private static final int CHUNK = 1_000;

    private final EntityManager em;

    ImportRollback(EntityManager em) {
        this.em = em;
    }

    /** What a rollback took back: earlier events restored, suggestions and events deleted. */
    record Undone(long restored, long suggestions, long events) {
    }

    Undone rollBack(long importId) {
        long restored = 0;
        for (int chunk; (chunk = inTransaction(c -> restoreMerged(c, importId))) > 0; ) {
            restored += chunk; // one chunk of earlier events restored per transaction
        }
        List<Object> suggestions = readIds("select id from suggestion where import_id = ?", importId);
        deleteEach(suggestions, "delete from suggestion where id in ");
        List<Object> events = readIds("select id from event where import_id = ?", importId);
        deleteEach(events, "delete from suggestion where event_id in ",
                "delete from event_dataset_id where event_id in ", "delete from event_participant where event_id in ",
                "delete from event_topic where event_id in ", "delete from event where id in ");
        return new Undone(restored, suggestions.size(), events.size());
    }

    /** Restores one chunk of the earlier events the import merged into; returns how many (0: none was left). */
    private static int restoreMerged(Connection c, long importId) throws SQLException {
        List<Object[]> saved = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select event_id, mentions, source_count, articles, "
                + "source_urls, trusted from import_undo where import_id = ? order by event_id fetch first " + CHUNK
                + " rows only")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    saved.add(new Object[] {rs.getObject(2), rs.getObject(3), rs.getObject(4), rs.getString(5),
                            rs.getBoolean(6), rs.getString(1)});
                }
            }
        }
        batch(c, "update event set mentions = ?, source_count = ?, articles = ?, source_urls = ?, trusted = ? "
                + "where id = ?", saved);
        List<Object[]> keys = saved.stream().map(row -> new Object[] {row[5], importId}).toList();
        batch(c, "delete from event_dataset_id where event_id = ? and import_id = ?", keys);
        batch(c, "delete from import_undo where event_id = ? and import_id = ?", keys);
        return saved.size();
    }

    /** Runs each statement ("... in ") over the ids, a chunk per transaction, in the order given. */
    private void deleteEach(List<Object> ids, String... statements) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            inTransaction(c -> {
                for (String statement : statements) {
                    try (PreparedStatement delete = c.prepareStatement(statement + "("
                            + "?, ".repeat(chunk.size() - 1) + "?)")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            delete.setObject(i + 1, chunk.get(i));
                        }
                        delete.executeUpdate();
                    }
                }
                return 0;
            });
        }
    }

    private List<Object> readIds(String sql, long importId) {
        List<Object> ids = new ArrayList<>();
        inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setLong(1, importId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1));
                    }
                }
            }
            return 0;
        });
        return ids;
    }

    private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private interface Work {
        int run(Connection connection) throws SQLException;
    }

    private int inTransaction(Work work) {
        return QuarkusTransaction.requiringNew().call(() -> em.unwrap(SessionImplementor.class)
                .doReturningWork(work::run));
    }
}
