package org.commitmenttracker.commitment;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<Commitment, String> {

    /** Commitments made on or before the day: all that existed then. */
    public List<Commitment> statedBy(LocalDate day) {
        return list("statedOn <= ?1", day);
    }

    /** Commitments matching the filter, newest statement first; a status filter needs the latest run's id. */
    public Page<Commitment> search(CommitmentFilter filter, Long latestRunId, PageRequest page) {
        StringBuilder where = new StringBuilder("from Commitment c where 1 = 1");
        Parameters params = new Parameters();
        if (filter.actor() != null) {
            where.append(" and :actor member of c.actors");
            params.and("actor", filter.actor());
        }
        if (filter.addressee() != null) {
            where.append(" and :addressee member of c.addressees");
            params.and("addressee", filter.addressee());
        }
        if (filter.topic() != null) {
            where.append(" and :topic member of c.topics");
            params.and("topic", filter.topic());
        }
        if (filter.kind() != null) {
            where.append(" and c.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.sourceId() != null) {
            where.append(" and c.sourceId = :source");
            params.and("source", filter.sourceId());
        }
        if (filter.status() != null) {
            where.append(" and exists (select 1 from Outcome o where o.runId = :run and o.commitmentId = c.id"
                    + " and o.status = :status)");
            params.and("run", latestRunId == null ? -1L : latestRunId).and("status", filter.status());
        }
        where.append(" order by c.statedOn desc, c.id");
        PanacheQuery<Commitment> query = find(where.toString(), params)
                .page(page.toPanache());
        List<Commitment> items = query.list();
        return new Page<>(items, query.count(), page.page(), page.size());
    }
}
