package org.commitmenttracker.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.commitmenttracker.ThisInstance;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Claims inbox files in the database before an instance takes them, so that instances watching one shared folder
 * take each file exactly once. A claim is committed on its own before the file is read, names the file by name, size
 * and modification time, and lapses after the import timeout (plus a minute), when another instance may take over a
 * file that a stopped instance left behind.
 */
@ApplicationScoped
public class InboxClaims {

    /** The inbox of event files. */
    public static final String EVENTS = "events";
    /** The inbox of releases' texts. */
    public static final String RELEASES = "releases";

    private final EntityManager entityManager;
    private final ThisInstance instance;
    private final Duration lease;

    public InboxClaims(EntityManager entityManager, ThisInstance instance, IntakeConfig config) {
        this.entityManager = entityManager;
        this.instance = instance;
        this.lease = config.timeout().plus(Duration.ofMinutes(1));
    }

    /**
     * Whether this instance may take the file: true when it claimed it now or took over a lapsed claim; false when
     * another instance holds it or the file is gone.
     */
    public boolean claim(String inbox, Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return false; // taken and moved away by another instance since the folder was listed
        }
        Claim claim = new Claim(inbox, file.getFileName().toString(), attributes.size(),
                // as stored: a timestamp(6) keeps microseconds, and the update below compares with the stored value
                OffsetDateTime.ofInstant(attributes.lastModifiedTime().toInstant(), ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS));
        try {
            return QuarkusTransaction.requiringNew().call(() -> held(claim) ? takeOver(claim) : insert(claim));
        } catch (PersistenceException | QuarkusTransactionException e) {
            // Most often the unique key: another instance inserted the same claim first.
            Log.debugf(e, "Inbox file %s/%s not claimed", inbox, claim.fileName());
            return false;
        }
    }

    /** Whether a claim on the file exists, lapsed or not; looked up first so that a held file costs no failed insert. */
    private boolean held(Claim claim) {
        return ((Number) entityManager.createNativeQuery("select count(*) from inbox_claim where inbox = ?1"
                        + " and file_name = ?2 and file_size = ?3 and modified_at = ?4")
                .setParameter(1, claim.inbox()).setParameter(2, claim.fileName()).setParameter(3, claim.size())
                .setParameter(4, claim.modifiedAt()).getSingleResult()).longValue() > 0;
    }

    private boolean takeOver(Claim claim) {
        return bind(entityManager.createNativeQuery("update inbox_claim set claimed_by = ?5, claimed_until = ?6"
                + " where inbox = ?1 and file_name = ?2 and file_size = ?3 and modified_at = ?4"
                + " and claimed_until < ?7"), claim).setParameter(7, now()).executeUpdate() == 1;
    }

    private boolean insert(Claim claim) {
        bind(entityManager.createNativeQuery("insert into inbox_claim (inbox, file_name, file_size, modified_at,"
                + " claimed_by, claimed_until) values (?1, ?2, ?3, ?4, ?5, ?6)"), claim).executeUpdate();
        entityManager.flush();
        return true;
    }

    private jakarta.persistence.Query bind(jakarta.persistence.Query query, Claim claim) {
        return query.setParameter(1, claim.inbox()).setParameter(2, claim.fileName())
                .setParameter(3, claim.size()).setParameter(4, claim.modifiedAt())
                .setParameter(5, instance.name()).setParameter(6, now().plus(lease));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    private record Claim(String inbox, String fileName, long size, OffsetDateTime modifiedAt) {
    }
}
