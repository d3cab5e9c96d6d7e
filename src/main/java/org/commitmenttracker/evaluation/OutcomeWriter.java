package org.commitmenttracker.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.commitmenttracker.persistence.StringListConverter;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Writes a run's outcomes with batched JDBC inserts in the current transaction: a run writes one row per
 * commitment and never reads them back, so the persistence context, its dirty checking and its per-entity events
 * only cost time (100,000 outcomes: about 11 s through entities). Ids are taken from {@code outcome_seq} a block at
 * a time, as Hibernate's pooled-lo optimiser takes them, so the two never hand out the same id.
 */
@ApplicationScoped
public class OutcomeWriter {

    /** Ids per sequence call; the sequence's increment (V22) and the entity's allocation size say the same. */
    static final int ID_BLOCK = 1_000;

    /** Rows per JDBC batch. */
    private static final int BATCH = 500;

    private static final String INSERT = "insert into outcome (id, run_id, commitment_id, stated_on, as_of,"
            + " rules_version, status, rule_name, explanation, resolution, next_due, occurrences, term_start,"
            + " trigger_event_id, evidence_ids, previous_status, fired_rules, party_outcomes)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final StringListConverter STRING_LIST = new StringListConverter();
    private static final PartyOutcomesConverter PARTIES = new PartyOutcomesConverter();

    private final EntityManager entityManager;

    public OutcomeWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts the outcomes in order; the run they belong to is flushed first so that they can refer to it. */
    public void insertAll(Stream<Outcome> outcomes) {
        entityManager.flush();
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        String nextBlock = session.getFactory().getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString("outcome_seq");
        session.doWork(connection -> insert(connection, nextBlock, outcomes.iterator()));
    }

    private static void insert(Connection connection, String nextBlock, Iterator<Outcome> outcomes)
            throws SQLException {
        try (PreparedStatement ids = connection.prepareStatement(nextBlock);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            long nextId = 0;
            long blockEnd = 0;
            int pending = 0;
            while (outcomes.hasNext()) {
                if (nextId == blockEnd) {
                    nextId = nextValue(ids);
                    blockEnd = nextId + ID_BLOCK;
                }
                Outcome o = outcomes.next();
                o.id = nextId++;
                bind(insert, o);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static long nextValue(PreparedStatement sequence) throws SQLException {
        try (ResultSet rs = sequence.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void bind(PreparedStatement insert, Outcome o) throws SQLException {
        insert.setLong(1, o.id);
        insert.setLong(2, o.runId);
        insert.setString(3, o.commitmentId);
        insert.setObject(4, o.statedOn);
        insert.setObject(5, o.asOf);
        insert.setString(6, o.rulesVersion);
        insert.setString(7, o.status.name());
        insert.setString(8, o.rule);
        insert.setString(9, o.explanation);
        insert.setString(10, o.resolution);
        setDate(insert, 11, o.nextDue);
        if (o.occurrences == null) {
            insert.setNull(12, Types.INTEGER);
        } else {
            insert.setInt(12, o.occurrences);
        }
        setDate(insert, 13, o.termStart);
        insert.setString(14, o.triggerEventId);
        insert.setString(15, STRING_LIST.convertToDatabaseColumn(o.evidenceIds));
        insert.setString(16, o.previousStatus == null ? null : o.previousStatus.name());
        insert.setString(17, STRING_LIST.convertToDatabaseColumn(o.firedRules));
        insert.setString(18, PARTIES.convertToDatabaseColumn(o.parties));
    }

    private static void setDate(PreparedStatement insert, int index, LocalDate date) throws SQLException {
        if (date == null) {
            insert.setNull(index, Types.DATE);
        } else {
            insert.setObject(index, date);
        }
    }
}
