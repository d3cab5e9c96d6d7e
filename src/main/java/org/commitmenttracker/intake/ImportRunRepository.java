package org.commitmenttracker.intake;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ImportRunRepository implements PanacheRepositoryBase<ImportRun, Long> {

    /** The latest import of a file with this content that is running, rolling back or succeeded. */
    public Optional<ImportRun> liveOrDone(String sha256) {
        return find("sha256 = ?1 and status in ?2 order by id desc", sha256, java.util.List.of(
                ImportRun.Status.RUNNING, ImportRun.Status.ROLLING_BACK, ImportRun.Status.SUCCEEDED))
                .firstResultOptional();
    }
}
