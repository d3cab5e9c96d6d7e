package org.commitmenttracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.commitmenttracker.BenchmarkReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What hiding the rows of unfinished imports costs a read of every trusted event known on a day (the query an
 * evaluation makes), on H2 in memory with {@code -Dbench.events} events (1,000,000), three in four from imports:
 * the plain query against the same query with {@link PendingImports#HIDDEN}, while no import is unfinished and while
 * one is. Medians of 12 reads each, alternated, after 2 warm-up rounds. Run on demand:
 * {@code ./mvnw -Pbenchmark test -Dtest=PendingImportsBenchmark}.
 */
@Tag("benchmark")
class PendingImportsBenchmark {

    private static final String READ = "select id, occurred_on, event_type, title, mentions from event "
            + "where occurred_on <= ? and trusted = true";

    @Test
    void readingEveryTrustedEventWithAndWithoutTheRestriction() throws Exception {
        int events = Integer.getInteger("bench.events", 1_000_000);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:pending-imports;DB_CLOSE_DELAY=-1")) {
            fill(c, events);
            long[] none = medians(c);
            try (Statement s = c.createStatement()) {
                s.execute("update import_run set status = 'RUNNING' where id = 7");
            }
            long[] one = medians(c);
            BenchmarkReport.row(String.format("| read every trusted event known on a day, %,d events on H2 | plain %,d ms "
                    + "| hidden, no import unfinished: %,d ms | hidden, one unfinished: %,d ms |", events, none[0],
                    none[1], one[1]));
        }
    }

    private static void fill(Connection c, int events) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table import_run (id bigint primary key, status varchar(20))");
            s.execute("create table event (id varchar(100) primary key, occurred_on date, event_type varchar(100), "
                    + "title varchar(500), trusted boolean, import_id bigint, mentions int)");
            s.execute("insert into import_run select x, 'SUCCEEDED' from system_range(1, 100)");
            s.execute("insert into event select 'e' || x, dateadd(day, mod(x, 3000), date '2020-01-01'), 'meeting', "
                    + "'title ' || x, mod(x, 10) <> 0, case when mod(x, 4) = 0 then null else mod(x, 100) + 1 end, "
                    + "mod(x, 50) from system_range(1, " + events + ")");
        }
    }

    /** The median times of the plain and the hidden read. */
    private static long[] medians(Connection c) throws SQLException {
        String[] reads = {READ, READ + " and " + PendingImports.HIDDEN};
        List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>());
        int day = 0;
        for (int round = 0; round < 14; round++) {
            for (int i = 0; i < reads.length; i++) {
                long start = System.nanoTime();
                // a different day each time, so that H2 cannot answer from the last result
                int rows = count(c, reads[i], LocalDate.of(2030, 1, 1).minusDays(day++));
                assertThat(rows).isPositive();
                if (round >= 2) {
                    times.get(i).add((System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        times.forEach(Collections::sort);
        return new long[] {times.get(0).get(6), times.get(1).get(6)};
    }

    private static int count(Connection c, String sql, LocalDate asOf) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(sql)) {
            read.setObject(1, asOf);
            int rows = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }
}
