package org.commitmenttracker.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.commitmenttracker.event.Event;
import org.commitmenttracker.persistence.StringListConverter;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The event tables as an import reads and writes them: plain JDBC batches in the caller's transaction, no persistence
 * context and no dirty checking, since an import writes hundreds of thousands of rows it never reads back as entities.
 * Events read here carry only what merging needs (id, key, import, counts, addresses, trust).
 */
final class EventRows {

    /** A dataset row id and the event it was merged into. */
    record DatasetKey(String key, String eventId) {
    }

    private static final StringListConverter STRING_LIST = new StringListConverter();
    private static final String MERGE_COLUMNS = "id, dedupe_key, import_id, mentions, source_count, articles, "
            + "source_urls, trusted";
    private static final String INSERT_EVENT = "insert into event (id, occurred_on, event_type, title, citation, note, "
            + "import_id, trusted, mentions, source_count, articles, source_urls, raw_codes, dedupe_key, terms_as_given, "
            + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_EVENT = "update event set mentions = ?, source_count = ?, articles = ?, "
            + "source_urls = ?, trusted = ? where id = ?";

    private final SessionImplementor session;

    EventRows(EntityManager em) {
        this.session = em.unwrap(SessionImplementor.class);
    }

    /** Which of these dataset row ids were imported before. */
    Set<String> importedKeys(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        select("select dataset_key from event_dataset_id where dataset_key in ", keys, rs -> found.add(rs.getString(1)));
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

    /** Inserts new events with their participants, topics and dataset ids; updates the counts of merged ones. */
    void write(List<Event> created, List<Event> merged, List<DatasetKey> datasetKeys) {
        session.doWork(connection -> {
            insertEvents(connection, created);
            try (PreparedStatement participant = connection.prepareStatement(
                    "insert into event_participant (event_id, code) values (?, ?)");
                 PreparedStatement topic = connection.prepareStatement(
                         "insert into event_topic (event_id, topic) values (?, ?)")) {
                for (Event e : created) {
                    pairs(participant, e.id, e.participants);
                    pairs(topic, e.id, e.topics);
                }
                participant.executeBatch();
                topic.executeBatch();
            }
            updateEvents(connection, merged);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into event_dataset_id (dataset_key, event_id) values (?, ?)")) {
                for (DatasetKey key : datasetKeys) {
                    insert.setString(1, key.key());
                    insert.setString(2, key.eventId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static void insertEvents(Connection connection, List<Event> created) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            for (Event e : created) {
                insert.setString(1, e.id);
                insert.setObject(2, e.date);
                insert.setString(3, e.type);
                insert.setString(4, e.title);
                insert.setString(5, e.citation);
                insert.setString(6, e.note);
                insert.setObject(7, e.importId, Types.BIGINT);
                insert.setBoolean(8, e.trusted);
                counts(insert, 9, e);
                insert.setString(12, STRING_LIST.convertToDatabaseColumn(e.sourceUrls));
                insert.setString(13, e.rawCodes);
                insert.setString(14, e.dedupeKey);
                insert.setString(15, "[]");
                insert.setObject(16, e.createdAt.atOffset(ZoneOffset.UTC));
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

    private static void pairs(PreparedStatement insert, String eventId, Collection<String> values) throws SQLException {
        for (String value : values) {
            insert.setString(1, eventId);
            insert.setString(2, value);
            insert.addBatch();
        }
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

    /** Runs "... in (?, ?, ...)" with the values bound, feeding each row to the consumer. */
    private void select(String sqlUpToIn, Collection<String> values, RowConsumer consumer) {
        if (values.isEmpty()) {
            return;
        }
        String sql = sqlUpToIn + "(" + "?, ".repeat(values.size() - 1) + "?)";
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
