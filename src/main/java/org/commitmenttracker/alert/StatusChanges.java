package org.commitmenttracker.alert;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.commitmenttracker.commitment.Commitment;
import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.Outcome;
import org.commitmenttracker.evaluation.RunPurpose;

/**
 * The status changes of current runs, read from their outcomes (a change is an outcome whose status differs from
 * the commitment's previous current status), filtered by actor, topic, new status and commitment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatusChanges {

    private final EntityManager em;

    public StatusChanges(EntityManager em) {
        this.em = em;
    }

    /** The latest changes, newest first, at most {@code limit}. */
    public List<StatusChange> latest(StatusChangeFilter filter, int limit) {
        return find(filter, null, limit);
    }

    /** The changes made by current runs after the given run id, oldest first. */
    public List<StatusChange> since(long afterRunId, StatusChangeFilter filter) {
        return find(filter, afterRunId, Integer.MAX_VALUE);
    }

    private List<StatusChange> find(StatusChangeFilter filter, Long afterRunId, int limit) {
        StringBuilder jpql = new StringBuilder("select o from Outcome o, EvaluationRun r where r.id = o.runId"
                + " and r.purpose = :purpose and (o.previousStatus is null or o.previousStatus <> o.status)");
        if (afterRunId != null) {
            jpql.append(" and o.runId > :after");
        }
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and o.status in :statuses");
        }
        jpql.append(CommitmentSelection.conditions("o.commitmentId", filter));
        jpql.append(afterRunId == null ? " order by o.runId desc, o.commitmentId" : " order by o.runId, o.commitmentId");
        var query = em.createQuery(jpql.toString(), Outcome.class).setParameter("purpose", RunPurpose.CURRENT)
                .setMaxResults(limit);
        if (afterRunId != null) {
            query.setParameter("after", afterRunId);
        }
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        CommitmentSelection.bind(query, filter);
        return describe(query.getResultList());
    }

    private List<StatusChange> describe(List<Outcome> outcomes) {
        Map<Long, EvaluationRun> runs = byId(em.createQuery("from EvaluationRun r where r.id in :ids",
                EvaluationRun.class), outcomes.stream().map(o -> o.runId).collect(Collectors.toSet()), r -> r.id);
        Map<String, Commitment> commitments = byId(em.createQuery("from Commitment c where c.id in :ids",
                Commitment.class), outcomes.stream().map(o -> o.commitmentId).collect(Collectors.toSet()), c -> c.id);
        return outcomes.stream().map(o -> new StatusChange(o.id, o.runId, o.commitmentId,
                commitments.get(o.commitmentId).summary, o.previousStatus, o.status, o.rule, o.explanation, o.asOf,
                runs.get(o.runId).finishedAt)).toList();
    }

    private static <K, T> Map<K, T> byId(jakarta.persistence.TypedQuery<T> query, Collection<K> ids,
                                         Function<T, K> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return query.setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(id, Function.identity()));
    }
}
