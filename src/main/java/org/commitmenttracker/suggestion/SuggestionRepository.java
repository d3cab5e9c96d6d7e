package org.commitmenttracker.suggestion;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class SuggestionRepository implements PanacheRepositoryBase<Suggestion, Long> {

    /** Suggestions by status and commitment (either may be null), best first. */
    public Page<Suggestion> search(Suggestion.Status status, String commitmentId, PageRequest page) {
        StringBuilder query = new StringBuilder("from Suggestion s where 1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            query.append(" and s.status = :status");
            params.and("status", status);
        }
        if (commitmentId != null) {
            query.append(" and s.commitmentId = :commitment");
            params.and("commitment", commitmentId);
        }
        query.append(" order by s.score desc, s.id");
        PanacheQuery<Suggestion> found = find(query.toString(), params).page(page.toPanache());
        return new Page<>(found.list(), found.count(), page.page(), page.size());
    }

    /** The (commitment, event) pairs already suggested among these events. */
    public Set<String> pairsFor(Collection<String> eventIds) {
        Set<String> pairs = new HashSet<>();
        if (!eventIds.isEmpty()) {
            find("eventId in ?1", eventIds).stream().forEach(s -> pairs.add(s.commitmentId + '\u0000' + s.eventId));
        }
        return pairs;
    }

    /** For each event staff confirmed, the commitments it was confirmed for. */
    public Map<String, Set<String>> confirmedByEvent() {
        Map<String, Set<String>> byEvent = new HashMap<>();
        List<Object[]> rows = getEntityManager().createQuery("select s.eventId, s.commitmentId from Suggestion s "
                + "where s.status = :status", Object[].class).setParameter("status", Suggestion.Status.CONFIRMED)
                .getResultList();
        rows.forEach(r -> byEvent.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));
        return byEvent;
    }

    public long countPending() {
        return count("status", Suggestion.Status.PENDING);
    }
}
