package org.commitmenttracker.commitment;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.commitmenttracker.evaluation.EvaluationRun;
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

    /** The latest stated commitments by the day, at most {@code limit} of them. */
    public List<Commitment> latestStatedBy(LocalDate day, int limit) {
        return find("statedOn <= ?1 order by statedOn desc, id", day).range(0, limit - 1).list();
    }

    /**
     * Commitments matching the filter, newest statement first. A status filter reads the latest run's outcomes, which
     * are indexed by status in listing order; with no run, no commitment has a status.
     */
    public Page<Commitment> search(CommitmentFilter filter, EvaluationRun latestRun, PageRequest page) {
        Parameters params = new Parameters();
        String conditions = conditions(filter, params);
        if (filter.status() == null) {
            PanacheQuery<Commitment> query = find("from Commitment c where 1 = 1" + conditions
                    + " order by c.statedOn desc, c.id", params).page(page.toPanache());
            return new Page<>(query.list(), query.count(), page.page(), page.size());
        }
        if (latestRun == null) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        params.and("run", latestRun.id).and("status", filter.status());
        String from = " from Outcome o join Commitment c on c.id = o.commitmentId"
                + " where o.runId = :run and o.status = :status" + conditions;
        // The constant run and status lead the order so that H2 sees the index already holds it (PostgreSQL needs not).
        List<Commitment> items = bind(getEntityManager().createQuery("select c" + from
                + " order by o.runId, o.status, o.statedOn desc, o.commitmentId", Commitment.class), params)
                .setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
        long total = conditions.isEmpty()
                ? latestRun.counts.getOrDefault(filter.status(), 0)
                : bind(getEntityManager().createQuery("select count(*)" + from, Long.class), params).getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** The filter's conditions on commitment {@code c}, other than status, each starting with " and ". */
    private static String conditions(CommitmentFilter filter, Parameters params) {
        StringBuilder where = new StringBuilder();
        condition(where, params, ":actor member of c.actors", "actor", filter.actor());
        condition(where, params, ":addressee member of c.addressees", "addressee", filter.addressee());
        condition(where, params, ":topic member of c.topics", "topic", filter.topic());
        condition(where, params, "c.kind = :kind", "kind", filter.kind());
        condition(where, params, "c.sourceId = :source", "source", filter.sourceId());
        return where.toString();
    }

    private static void condition(StringBuilder where, Parameters params, String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.and(name, value);
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Parameters params) {
        params.map().forEach(query::setParameter);
        return query;
    }
}
