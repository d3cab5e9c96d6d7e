package org.commitmenttracker.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.commitmenttracker.TestData;
import org.commitmenttracker.ThisInstance;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Imports commit in chunks (tracker.intake.commit-rows is 2,000 in tests) and stay all-or-nothing: the rows of an
 * import that has not succeeded are unseen, and an import that fails after some chunks were committed, or is found
 * interrupted at start, is rolled back: its events, dataset ids and suggestions deleted, and the earlier events it
 * merged into given back their counts. Its rows are those of FJI in 2036, which no other test imports.
 */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.STAFF})
class ImportRollbackTest {

    @Inject
    ImportRunRepository runs;

    @Inject
    ImportLeases leases;

    @Inject
    ThisInstance instance;

    @Inject
    EntityManager em;

    @Test
    void anImportFailingAfterCommittedChunksLeavesNothingAndGivesEarlierEventsTheirCountsBack() {
        JsonPath earlier = Imports.run("gdelt", file(row("20360410", "040").counts(7, 3, 5)));
        assertThat(earlier.getString("status")).isEqualTo("SUCCEEDED");
        GdeltRow clash = row("20360505", "043");
        long pending = Imports.run("gdelt", file(clash)).getLong("id");
        setStatus(pending, ImportRun.Status.RUNNING, "other-host/9");
        assertThat(total("2036-05-05")).as("an import that has not succeeded is unseen").isZero();

        List<GdeltRow> rows = new ArrayList<>();
        rows.add(row("20360410", "040").counts(5, 1, 1));
        for (int i = 0; i < 3_000; i++) {
            rows.add(row(LocalDate.of(2036, 1, 1).plusDays(i % 90).toString().replace("-", ""),
                    List.of("040", "043", "057", "036").get(i % 4)));
        }
        rows.add(row("20360505", "043")); // the pending import's event: refused by the database in the last chunk
        byte[] big = file(rows.toArray(GdeltRow[]::new));
        JsonPath failed = Imports.run("gdelt", big);

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).startsWith("Failed; nothing from the file was kept");
        assertThat(failed.getLong("rowsAccepted")).isZero();
        assertThat(failed.getLong("eventsCreated")).isZero();
        assertThat(total("2036-01-01", "2036-03-31")).as("events of committed chunks").isZero();
        assertThat(mentionsOn("2036-04-10")).as("the earlier event's mentions").isEqualTo(7);
        assertThat(undoRows(failed.getLong("id"))).isZero();

        setStatus(pending, ImportRun.Status.SUCCEEDED, "other-host/9");
        JsonPath again = Imports.run("gdelt", big);
        assertThat(again.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(again.getLong("rowsRepeated")).as("no dataset id of the failed import was kept").isZero();
        assertThat(again.getLong("rowsAccepted")).isEqualTo(3_002);
        assertThat(mentionsOn("2036-04-10")).isEqualTo(12);
        assertThat(total("2036-01-01", "2036-03-31")).isEqualTo(again.getLong("eventsCreated"));
        assertThat(undoRows(again.getLong("id"))).as("undo rows of a succeeded import").isZero();
    }

    @Test
    void anImportFoundInterruptedAtStartIsRolledBackAndMarkedFailed() {
        Imports.run("gdelt", file(row("20360701", "040").counts(7, 3, 5)));
        JsonPath merged = Imports.run("gdelt", file(row("20360701", "040").counts(5, 1, 1), row("20360702", "040"),
                row("20360703", "057")));
        assertThat(mentionsOn("2036-07-01")).isEqualTo(12);
        long id = merged.getLong("id");
        // as the database holds it when the process died after its last chunk but before it succeeded
        setStatus(id, ImportRun.Status.RUNNING, instance.name());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into import_undo (import_id, "
                + "event_id, mentions, source_count, articles, source_urls, trusted) select ?1, id, 7, 3, 5, "
                + "'[]', false from event where occurred_on = ?2").setParameter(1, id)
                .setParameter(2, LocalDate.parse("2036-07-01")).executeUpdate());

        leases.markInterrupted(null);
        JsonPath failed = Imports.awaitFinished(id);

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).startsWith("Interrupted");
        assertThat(total("2036-07-02", "2036-07-03")).isZero();
        assertThat(mentionsOn("2036-07-01")).isEqualTo(7);
        assertThat(undoRows(id)).isZero();
    }

    private static final java.util.concurrent.atomic.AtomicLong IDS = ImportResourceTest.IDS;

    private static GdeltRow row(String day, String code) {
        return GdeltRow.of(IDS.incrementAndGet(), day, "FJI", "TON", code);
    }

    private static byte[] file(GdeltRow... rows) {
        return GdeltRow.file(rows).getBytes(StandardCharsets.UTF_8);
    }

    private void setStatus(long id, ImportRun.Status status, String runBy) {
        QuarkusTransaction.requiringNew().run(() -> runs.update("status = ?1, runBy = ?2, heartbeatAt = ?3, "
                + "finishedAt = null where id = ?4", status, runBy, Instant.now(), id));
    }

    private long undoRows(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from import_undo where import_id = ?1").setParameter(1, id).getSingleResult())
                .longValue());
    }

    private static long total(String day) {
        return total(day, day);
    }

    private static long total(String from, String to) {
        return given().queryParam("actor", "FJI").queryParam("from", from).queryParam("to", to).get("/api/events").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private static int mentionsOn(String day) {
        JsonPath events = given().queryParam("actor", "FJI").queryParam("from", day).queryParam("to", day)
                .get("/api/events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(events.getLong("total")).isEqualTo(1);
        return events.getInt("items[0].mentions");
    }
}
