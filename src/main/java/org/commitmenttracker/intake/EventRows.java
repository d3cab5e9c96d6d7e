package org.commitmenttracker.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.commitmenttracker.event.Event;
import org.commitmenttracker.persistence.CopyRows;
import org.commitmenttracker.persistence.PendingImports;
import org.commitmenttracker.persistence.StringListConverter;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The event tables as an import reads and writes them: plain JDBC in the caller's transaction (COPY on PostgreSQL,
 * batches elsewhere), no persistence context and no dirty checking, since an import writes hundreds of thousands of
 * rows it never reads back as entities.
 * Events read here carry only what merging needs (id, key, import, counts, addresses, trust). Rows written by another
 * import that has not succeeded are not seen: they may yet be rolled back (a row of both is then refused by the
 * database's keys, and the later import fails, to be sent again).
 */
final class EventRows {

    /** A dataset row id and the event it was merged into. */
    record DatasetKey(String key, String eventId) {
    }

    private static final StringListConverter STRING_LIST = new StringListConverter();
    private static final String MERGE_COLUMNS = "id, dedupe_key, import_id, mentions, source_count, articles, "
            + "source_urls, trusted";
    private static final List<String> EVENT_COLUMNS = List.of("id", "occurred_on", "event_type", "title", "citation",
            "note", "import_id", "trusted", "mentions", "source_count", "articles", "source_urls", "raw_codes",
            "dedupe_key", "terms_as_given", "created_at");
    private static final List<String> UNDO_COLUMNS = List.of("import_id", "event_id", "mentions", "source_count",
            "articles", "source_urls", "trusted");
    private static final String UPDATE_EVENT = "update event set mentions = ?, source_count = ?, articles = ?, "
            + "source_urls = ?, trusted = ? where id = ?";

    private final SessionImplementor session;
    private final boolean copy;
    private final long importId;
    private final String settled;

    /** The event tables in the current transaction, as import {@code importId} reads and writes them. */
    EventRows(EntityManager em, long importId) {
        this.session = em.unwrap(SessionImplementor.class);
        this.importId = importId;
        this.settled = " and (import_id is null or import_id = " + importId + " or not " + PendingImports.PENDING + ")";
        this.copy = session.getFactory().getJdbcServices().getDialect() instanceof PostgreSQLDialect;
    }

    /** Which of these dataset row ids were imported before. */
    Set<String> importedKeys(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        select("select dataset_key from event_dataset_id where dataset_key in ", keys,
                rs -> found.add(rs.getString(1)));
        return found;
    }

    /** The stored events with these ids, by id. */
    Map<String, Event> byIds(Collection<String> ids) {
        return events("id", ids, e -> e.id);
    }

    /** The stored events with these dedupe keys, by key. */
    Map<String, Event> byDedupeKeys(Collection<String> keys) {
        return events("dedupe_key", keys, e -> e.dedupeKey);
    }

    /**
     * Inserts new events with their participants, topics and dataset ids; keeps the former state of earlier events
     * merged into for the first time ({@code undo}); updates the counts of merged ones.
     */
    void write(List<Event> created, List<Event> merged, List<DatasetKey> datasetKeys, List<Event> undo) {
        List<Object[]> events = new ArrayList<>(created.size());
        List<Object[]> participants = new ArrayList<>();
        List<Object[]> topics = new ArrayList<>();
        for (Event e : created) {
            events.add(new Object[] {e.id, e.date, e.type, e.title, e.citation, e.note, e.importId, e.trusted,
                    e.mentions, e.sourceCount, e.articles, STRING_LIST.convertToDatabaseColumn(e.sourceUrls),
                    e.rawCodes, e.dedupeKey, "[]", e.createdAt.atOffset(ZoneOffset.UTC)});
            e.participants.forEach(code -> participants.add(new Object[] {e.id, code}));
            e.topics.forEach(topic -> topics.add(new Object[] {e.id, topic}));
        }
        List<Object[]> keys = datasetKeys.stream().map(k -> new Object[] {k.key(), k.eventId(), importId}).toList();
        List<Object[]> before = undo.stream().map(e -> new Object[] {importId, e.id, e.mentions, e.sourceCount,
                e.articles, STRING_LIST.convertToDatabaseColumn(e.sourceUrls), e.trusted}).toList();
        session.doWork(connection -> {
            insert(connection, "import_undo", UNDO_COLUMNS, before);
            insert(connection, "event", EVENT_COLUMNS, events);
            insert(connection, "event_participant", List.of("event_id", "code"), participants);
            insert(connection, "event_topic", List.of("event_id", "topic"), topics);
            updateEvents(connection, merged);
            insert(connection, "event_dataset_id", List.of("dataset_key", "event_id", "import_id"), keys);
        });
    }

    /** Rows into a table: with COPY on PostgreSQL, else as one JDBC batch. */
    private void insert(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (copy) {
            CopyRows.copy(connection, table, columns, rows);
            return;
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void updateEvents(Connection connection, List<Event> merged) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_EVENT)) {
            for (Event e : merged) {
                counts(update, 1, e);
                update.setString(4, STRING_LIST.convertToDatabaseColumn(e.sourceUrls));
                update.setBoolean(5, e.trusted);
                update.setString(6, e.id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void counts(PreparedStatement statement, int first, Event e) throws SQLException {
        statement.setObject(first, e.mentions, Types.INTEGER);
        statement.setObject(first + 1, e.sourceCount, Types.INTEGER);
        statement.setObject(first + 2, e.articles, Types.INTEGER);
    }

    private Map<String, Event> events(String column, Collection<String> values, Function<Event, String> key) {
        Map<String, Event> found = new HashMap<>();
        select("select " + MERGE_COLUMNS + " from event where " + column + " in ", values, rs -> {
            Event e = new Event();
            e.id = rs.getString(1);
            e.dedupeKey = rs.getString(2);
            e.importId = rs.getObject(3, Long.class);
            e.mentions = rs.getObject(4, Integer.class);
            e.sourceCount = rs.getObject(5, Integer.class);
            e.articles = rs.getObject(6, Integer.class);
            e.sourceUrls = STRING_LIST.convertToEntityAttribute(rs.getString(7));
            e.trusted = rs.getBoolean(8);
            found.put(key.apply(e), e);
        });
        return found;
    }

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs "... in (?, ?, ...)" with the values bound, on settled rows only, feeding each row to the consumer. */
    private void select(String sqlUpToIn, Collection<String> values, RowConsumer consumer) {
        if (values.isEmpty()) {
            return;
        }
        String sql = sqlUpToIn + "(" + "?, ".repeat(values.size() - 1) + "?)" + settled;
        session.doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 0;
                for (String value : values) {
                    select.setString(++i, value);
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(rs);
                    }
                }
            }
        });
    }
}
