package org.commitmenttracker.audit;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {

    /** Entries matching the filter, newest first. */
    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from AuditEntry a where 1 = 1");
        Parameters params = new Parameters();
        if (filter.principal() != null) {
            query.append(" and a.principal = :principal");
            params.and("principal", filter.principal());
        }
        if (filter.action() != null) {
            query.append(" and a.action = :action");
            params.and("action", filter.action());
        }
        if (filter.targetType() != null) {
            query.append(" and a.targetType = :targetType");
            params.and("targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            query.append(" and a.targetId = :targetId");
            params.and("targetId", filter.targetId());
        }
        if (filter.from() != null) {
            query.append(" and a.at >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and a.at <= :to");
            params.and("to", filter.to());
        }
        query.append(" order by a.id desc");
        PanacheQuery<AuditEntry> found = find(query.toString(), params).page(page.toPanache());
        return new Page<>(found.list(), found.count(), page.page(), page.size());
    }
}
