package org.commitmenttracker.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.commitmenttracker.persistence.StringListConverter;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V10 copies each commitment's statement date onto its existing outcomes, V11 folds each outcome's fired rules into
 * one JSON array in firing order; the outcome table stays append-only.
 * Runs on an in-memory H2 database, or, in the PostgreSQL pass, in a throwaway schema on that server.
 */
class OutcomeMigrationsTest {

    private final boolean postgres = System.getProperty("quarkus.test.profile", "").contains("postgresql");
    private final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private Connection connection;
    private FluentConfiguration flyway;

    @BeforeEach
    void openDatabase() throws SQLException {
        String url = postgres
                ? System.getenv().getOrDefault("TRACKER_DB_URL", "jdbc:postgresql://localhost:5432/tracker")
                : "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
        String user = postgres ? System.getenv().getOrDefault("TRACKER_DB_USER", "tracker") : "sa";
        String password = postgres ? System.getenv().getOrDefault("TRACKER_DB_PASSWORD", "tracker") : "";
        connection = DriverManager.getConnection(url, user, password);
        flyway = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"));
        if (postgres) {
            flyway.schemas(schema);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (postgres) {
            execute("drop schema " + schema + " cascade");
        }
        connection.close();
    }

    @Test
    void existingOutcomesKeepEverythingTheyRecordedAndStayAppendOnly() throws SQLException {
        flyway.target("9").load().migrate();
        String prefix = postgres ? schema + "." : "";
        execute("insert into " + prefix + "source (id, publisher, stated_on, title)"
                + " values ('s', 'p', date '2020-01-01', 't')");
        for (String[] c : new String[][] {{"old", "2020-03-04"}, {"new", "2024-05-06"}}) {
            execute("insert into " + prefix + "commitment (id, source_id, stated_on, kind, summary, quote, evidence,"
                    + " created_at) values ('" + c[0] + "', 's', date '" + c[1] + "', 'ONE_OFF', 's', 'q', '{}',"
                    + " current_timestamp)");
        }
        execute("insert into " + prefix + "evaluation_run (id, as_of, started_at, finished_at, rules_version,"
                + " commitment_count) values (1, date '2025-01-01', current_timestamp, current_timestamp, 'v', 2)");
        execute("insert into " + prefix + "outcome (id, run_id, commitment_id, as_of, rules_version, status,"
                + " explanation, evidence_ids) values (1, 1, 'old', date '2025-01-01', 'v', 'OVERDUE', 'e', ''),"
                + " (2, 1, 'new', date '2025-01-01', 'v', 'OVERDUE', 'e', '')");
        for (String[] fired : new String[][] {{"1", "1", "second rule"}, {"1", "0", "first \"quoted\" rule"}}) {
            execute("insert into " + prefix + "outcome_fired_rule (outcome_id, position, rule_name) values (" + fired[0]
                    + ", " + fired[1] + ", '" + fired[2] + "')");
        }

        flyway.target("latest").load().migrate();

        assertThat(statedOn(prefix, "old")).isEqualTo("2020-03-04");
        assertThat(statedOn(prefix, "new")).isEqualTo("2024-05-06");
        assertThat(new StringListConverter().convertToEntityAttribute(column(prefix, "old", "fired_rules")))
                .containsExactly("first \"quoted\" rule", "second rule");
        assertThat(new StringListConverter().convertToEntityAttribute(column(prefix, "new", "fired_rules"))).isEmpty();
        assertThatThrownBy(() -> execute("update " + prefix + "outcome set status = 'FULFILLED'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> execute("insert into " + prefix + "outcome (id, run_id, commitment_id, as_of,"
                + " rules_version, status, explanation, evidence_ids, fired_rules) values (3, 1, 'old',"
                + " date '2025-01-01', 'v', 'OVERDUE', 'e', '', '[]')"))
                .as("statement date required").isInstanceOf(SQLException.class);
    }

    private String statedOn(String prefix, String commitment) throws SQLException {
        return column(prefix, commitment, "stated_on");
    }

    private String column(String prefix, String commitment, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select " + column + " from " + prefix + "outcome"
                     + " where commitment_id = '" + commitment + "'")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
