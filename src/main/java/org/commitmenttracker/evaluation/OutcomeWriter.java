package org.commitmenttracker.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.commitmenttracker.persistence.CopyRows;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Writes a run's outcomes in the current transaction without the persistence context: a run writes one row per
 * commitment and never reads them back, so entities, dirty checking and per-entity events only cost time. On
 * PostgreSQL the rows go in with {@code COPY}, elsewhere with batched inserts. Ids are taken from
 * {@code outcome_seq} a block at a time, as Hibernate's pooled-lo optimiser takes them, so the two never hand out
 * the same id.
 */
@ApplicationScoped
public class OutcomeWriter {

    /** Ids per sequence call; the sequence's increment (V22) and the entity's allocation size say the same. */
    static final int ID_BLOCK = 1_000;

    /** Rows per JDBC batch or per COPY. */
    private static final int CHUNK = 1_000;

    private static final String INSERT = "insert into outcome (" + String.join(", ", OutcomeColumns.NAMES)
            + ") values (" + "?, ".repeat(OutcomeColumns.NAMES.size() - 1) + "?)";

    private final EntityManager entityManager;

    public OutcomeWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts the outcomes in order; the run they belong to is flushed first so that they can refer to it. */
    public void insertAll(Stream<Outcome> outcomes) {
        entityManager.flush();
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        var dialect = session.getFactory().getJdbcServices().getDialect();
        String nextBlock = dialect.getSequenceSupport().getSequenceNextValString("outcome_seq");
        boolean copy = dialect instanceof PostgreSQLDialect;
        session.doWork(connection -> {
            Ids ids = new Ids(connection.prepareStatement(nextBlock));
            try (ids.sequence) {
                if (copy) {
                    copy(connection, ids, outcomes.iterator());
                } else {
                    insert(connection, ids, outcomes.iterator());
                }
            }
        });
    }

    private static void insert(Connection connection, Ids ids, Iterator<Outcome> outcomes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            while (outcomes.hasNext()) {
                Outcome o = outcomes.next();
                o.id = ids.next();
                OutcomeColumns.bind(insert, o);
                insert.addBatch();
                if (++pending == CHUNK) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void copy(Connection connection, Ids ids, Iterator<Outcome> outcomes) throws SQLException {
        List<Object[]> chunk = new ArrayList<>(CHUNK);
        while (outcomes.hasNext()) {
            Outcome o = outcomes.next();
            o.id = ids.next();
            chunk.add(OutcomeColumns.values(o));
            if (chunk.size() == CHUNK || !outcomes.hasNext()) {
                CopyRows.copy(connection, "outcome", OutcomeColumns.NAMES, chunk);
                chunk.clear();
            }
        }
    }

    /** Ids from the sequence, a block of {@value #ID_BLOCK} per call. */
    private static final class Ids {

        private final PreparedStatement sequence;
        private long next;
        private long blockEnd;

        Ids(PreparedStatement sequence) {
            this.sequence = sequence;
        }

        long next() throws SQLException {
            if (next == blockEnd) {
                try (ResultSet rs = sequence.executeQuery()) {
                    rs.next();
                    next = rs.getLong(1);
                }
                blockEnd = next + ID_BLOCK;
            }
            return next++;
        }
    }
}
