package org.commitmenttracker.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.persistence.StringListConverter;
import org.commitmenttracker.rules.facts.Status;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepository<Outcome> {

    private static final StringListConverter STRING_LIST = new StringListConverter();

    private static final String CURRENT_RUNS = "(select r.id from EvaluationRun r where r.purpose = :purpose)";

    /** Commitment ids per query when looking up those the latest run left out. */
    private static final int CHUNK = 1_000;

    /**
     * The status of each given commitment in the latest current run that judged it, by commitment id. Read from the
     * current run's outcomes, which judged nearly every commitment; only those it left out are looked up across older
     * current runs, so the cost follows the size of one run, not the length of the history. Empty when there is no
     * current run yet.
     */
    public Map<String, Status> currentStatuses(Optional<Long> currentRun, Collection<String> commitmentIds) {
        Map<String, Status> statuses = new HashMap<>();
        if (currentRun.isEmpty()) {
            return statuses;
        }
        getEntityManager().createQuery("select o.commitmentId, o.status from Outcome o where o.runId = :run",
                        Object[].class).setParameter("run", currentRun.get())
                .getResultStream().forEach(row -> statuses.put((String) row[0], (Status) row[1]));
        List<String> missing = commitmentIds.stream().filter(id -> !statuses.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<String> ids = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            getEntityManager().createQuery("select o.commitmentId, o.status from Outcome o where o.commitmentId in :ids"
                            + " and o.runId = (select max(p.runId) from Outcome p where p.commitmentId = o.commitmentId"
                            + " and p.runId in " + CURRENT_RUNS + ")", Object[].class)
                    .setParameter("ids", ids).setParameter("purpose", RunPurpose.CURRENT)
                    .getResultStream().forEach(row -> statuses.put((String) row[0], (Status) row[1]));
        }
        return statuses;
    }

    /** Outcomes of one run for the given commitments, by commitment id. */
    public Map<String, Outcome> inRun(long runId, Collection<String> commitmentIds) {
        Map<String, Outcome> byCommitment = new HashMap<>();
        if (!commitmentIds.isEmpty()) {
            list("runId = ?1 and commitmentId in ?2", runId, commitmentIds)
                    .forEach(o -> byCommitment.put(o.commitmentId, o));
        }
        return byCommitment;
    }

    /** Outcomes matching the filter, in the given HQL order. */
    public Page<Outcome> search(OutcomeFilter filter, String orderBy, PageRequest page) {
        StringBuilder query = new StringBuilder("from Outcome o where 1 = 1");
        Parameters params = new Parameters();
        where(query, params, "o.runId = :run", "run", filter.runId());
        where(query, params, "o.commitmentId = :commitment", "commitment", filter.commitmentId());
        where(query, params, "o.status = :status", "status", filter.status());
        where(query, params, "o.rule = :rule", "rule", filter.rule());
        where(query, params, "cast(o.firedRules as String) like :fired escape '!'", "fired",
                filter.firedRule() == null ? null : elementPattern(filter.firedRule()));
        where(query, params, "o.status = :changedTo and (o.previousStatus is null or o.previousStatus <> :changedTo)",
                "changedTo", filter.changedTo());
        where(query, params, "o.previousStatus = :changedFrom and o.status <> :changedFrom", "changedFrom",
                filter.changedFrom());
        where(query, params, "exists (select 1 from Commitment c where c.id = o.commitmentId and :actor member of "
                + "c.actors)", "actor", filter.actor());
        where(query, params, "exists (select 1 from Commitment c where c.id = o.commitmentId and :topic member of "
                + "c.topics)", "topic", filter.topic());
        // An outcome's as-of date is its run's: filtered through the run table, the outcomes are read by run id.
        where(query, params, "o.runId in (select r.id from EvaluationRun r where r.asOf >= :asOfFrom)", "asOfFrom",
                filter.asOfFrom());
        where(query, params, "o.runId in (select r.id from EvaluationRun r where r.asOf <= :asOfTo)", "asOfTo",
                filter.asOfTo());
        where(query, params, "o.runId in (select r.id from EvaluationRun r where r.purpose = :purpose)", "purpose",
                filter.purpose());
        if (Boolean.TRUE.equals(filter.changed())) {
            query.append(" and (o.previousStatus is null or o.previousStatus <> o.status)");
        } else if (Boolean.FALSE.equals(filter.changed())) {
            query.append(" and o.previousStatus = o.status");
        }
        query.append(" order by ").append(orderBy);
        PanacheQuery<Outcome> found = find(query.toString(), params).page(page.toPanache());
        return new Page<>(found.list(), found.count(), page.page(), page.size());
    }

    /** A slice of the commitment's outcomes in current runs, oldest run first. */
    public List<Outcome> currentHistoryOf(String commitmentId, int offset, int limit) {
        return getEntityManager().createQuery("from Outcome o where o.commitmentId = :id and o.runId in "
                        + CURRENT_RUNS + " order by o.runId", Outcome.class)
                .setParameter("id", commitmentId).setParameter("purpose", RunPurpose.CURRENT)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countCurrentHistoryOf(String commitmentId) {
        return getEntityManager().createQuery("select count(o) from Outcome o where o.commitmentId = :id and o.runId in "
                        + CURRENT_RUNS, Long.class)
                .setParameter("id", commitmentId).setParameter("purpose", RunPurpose.CURRENT).getSingleResult();
    }

    /** Every outcome of one run. */
    public List<Outcome> ofRun(long runId) {
        return list("runId", runId);
    }

    /**
     * A LIKE pattern matching a stored JSON array that holds the value as a whole element: the value as a JSON string,
     * quotes included, with LIKE's wildcards escaped.
     */
    static String elementPattern(String value) {
        String element = STRING_LIST.convertToDatabaseColumn(List.of(value));
        String quoted = element.substring(1, element.length() - 1);
        return "%" + quoted.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static void where(StringBuilder query, Parameters params, String condition, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            params.and(name, value);
        }
    }
}
