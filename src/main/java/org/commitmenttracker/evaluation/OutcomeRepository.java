package org.commitmenttracker.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepository<Outcome> {

    /** The outcome of the latest run that judged the commitment. */
    public Optional<Outcome> latestFor(String commitmentId) {
        return find("commitmentId = ?1 order by runId desc", commitmentId).firstResultOptional();
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

    public Page<Outcome> search(OutcomeFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.runId() != null) {
            where.append(" and runId = :run");
            params.and("run", filter.runId());
        }
        if (filter.commitmentId() != null) {
            where.append(" and commitmentId = :commitment");
            params.and("commitment", filter.commitmentId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.rule() != null) {
            where.append(" and rule = :rule");
            params.and("rule", filter.rule());
        }
        PanacheQuery<Outcome> query = find(where.toString(), Sort.descending("runId").and("commitmentId"), params)
                .page(page.toPanache());
        List<Outcome> items = query.list();
        return new Page<>(items, query.count(), page.page(), page.size());
    }
}
