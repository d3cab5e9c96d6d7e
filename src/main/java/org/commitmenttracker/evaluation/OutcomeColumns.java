package org.commitmenttracker.evaluation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.commitmenttracker.persistence.CopyRows;
import org.commitmenttracker.persistence.StringListConverter;

/** An outcome's columns in the order the outcome writer sends them, as JDBC parameters or as CSV for COPY. */
final class OutcomeColumns {

    static final List<String> NAMES = List.of("id", "run_id", "commitment_id", "stated_on", "as_of", "rules_version",
            "status", "rule_name", "explanation", "resolution", "next_due", "occurrences", "term_start",
            "trigger_event_id", "evidence_ids", "previous_status", "fired_rules", "party_outcomes");
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.INTEGER,
            Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    private static final StringListConverter STRING_LIST = new StringListConverter();
    private static final PartyOutcomesConverter PARTIES = new PartyOutcomesConverter();

    private OutcomeColumns() {
    }

    static Object[] values(Outcome o) {
        return new Object[] {o.id, o.runId, o.commitmentId, o.statedOn, o.asOf, o.rulesVersion, o.status.name(),
                o.rule, o.explanation, o.resolution, o.nextDue, o.occurrences, o.termStart, o.triggerEventId,
                STRING_LIST.convertToDatabaseColumn(o.evidenceIds),
                o.previousStatus == null ? null : o.previousStatus.name(),
                STRING_LIST.convertToDatabaseColumn(o.firedRules), PARTIES.convertToDatabaseColumn(o.parties)};
    }

    static void bind(PreparedStatement insert, Outcome o) throws SQLException {
        Object[] values = values(o);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                insert.setNull(i + 1, TYPES[i]);
            } else {
                insert.setObject(i + 1, values[i]);
            }
        }
    }

    /** The outcomes as CSV lines for {@code COPY ... (format csv)} ({@link CopyRows}). */
    static String csv(List<Outcome> outcomes) {
        return CopyRows.csv(outcomes.stream().map(OutcomeColumns::values).toList());
    }
}
