package org.commitmenttracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A file of a shared inbox is claimed once; a claim lapses so that a file a stopped instance left is taken over. */
@QuarkusTest
class InboxClaimsTest {

    @Inject
    InboxClaims claims;

    @Inject
    EntityManager entityManager;

    @Test
    void aFileIsClaimedOnceUntilItsClaimLapses() throws Exception {
        Path file = Files.createTempFile("claim-", ".events.csv");
        Files.writeString(file, "id,date\n");

        assertThat(claims.claim(InboxClaims.EVENTS, file)).isTrue();
        assertThat(claims.claim(InboxClaims.EVENTS, file)).as("claimed already").isFalse();
        assertThat(claims.claim(InboxClaims.RELEASES, file)).as("another inbox's file of that name").isTrue();

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update inbox_claim set claimed_until = ?1 where inbox = ?2 and file_name = ?3")
                .setParameter(1, OffsetDateTime.now().minusMinutes(1)).setParameter(2, InboxClaims.EVENTS)
                .setParameter(3, file.getFileName().toString()).executeUpdate());
        assertThat(claims.claim(InboxClaims.EVENTS, file)).as("the claim lapsed").isTrue();
        assertThat(claims.claim(InboxClaims.EVENTS, file)).isFalse();
    }

    @Test
    void aChangedFileOfTheSameNameIsANewClaim() throws Exception {
        Path file = Files.createTempFile("claim-", ".events.csv");
        Files.writeString(file, "id,date\n");
        assertThat(claims.claim(InboxClaims.EVENTS, file)).isTrue();

        Files.writeString(file, "id,date,type\n");
        assertThat(claims.claim(InboxClaims.EVENTS, file)).isTrue();
    }

    @Test
    void aFileAlreadyMovedAwayIsNotClaimed() throws Exception {
        Path file = Files.createTempFile("claim-", ".events.csv");
        Files.delete(file);
        assertThat(claims.claim(InboxClaims.EVENTS, file)).isFalse();
    }
}
