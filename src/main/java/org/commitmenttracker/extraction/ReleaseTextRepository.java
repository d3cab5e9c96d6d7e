package org.commitmenttracker.extraction;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ReleaseTextRepository implements PanacheRepository<ReleaseText> {

    public Optional<ReleaseText> findBySha(String sourceId, String sha256) {
        return find("sourceId = ?1 and sha256 = ?2", sourceId, sha256).firstResultOptional();
    }

    /** The source's latest text. */
    public Optional<ReleaseText> latest(String sourceId) {
        return find("sourceId = ?1 order by submittedAt desc, id desc", sourceId).firstResultOptional();
    }
}
