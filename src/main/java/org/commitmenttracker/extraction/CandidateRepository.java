package org.commitmenttracker.extraction;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CandidateRepository implements PanacheRepository<Candidate> {

    /** Candidates in text order within each release, newest release first; each filter only when given. */
    public Page<Candidate> search(String sourceId, Long releaseId, Candidate.Status status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (sourceId != null) {
            where.append(" and sourceId = :source");
            params.and("source", sourceId);
        }
        if (releaseId != null) {
            where.append(" and releaseId = :release");
            params.and("release", releaseId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        var query = find(where + " order by releaseId desc, start, id", params);
        query.page(page.toPanache());
        return new Page<>(query.list(), query.count(), page.page(), page.size());
    }

    public List<Candidate> ofRelease(long releaseId) {
        return list("releaseId = ?1 order by start, id", releaseId);
    }

    public long countPending() {
        return count("status", Candidate.Status.PENDING);
    }
}
