package org.commitmenttracker.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, String> {

    /** Trusted events dated on or before the day: those that count as evidence by themselves. */
    public List<Event> trustedKnownOn(LocalDate day) {
        return list("date <= ?1 and trusted = true", day);
    }

    /** The latest trusted events known on the day, at most {@code limit} of them. */
    public List<Event> latestTrustedKnownOn(LocalDate day, int limit) {
        return find("date <= ?1 and trusted = true order by date desc, id", day).range(0, limit - 1).list();
    }

    /** One page of the untrusted (imported) events dated after the day in which the party took part, by id. */
    public List<Event> untrustedWithParticipantAfter(String party, LocalDate day, int page, int size) {
        return find("trusted = false and date > ?1 and ?2 member of participants order by id", day, party)
                .page(page, size).list();
    }

    /** The untrusted events among the ids dated on or before the day. */
    public List<Event> untrustedKnownOn(LocalDate day, Collection<String> ids) {
        return list("date <= ?1 and trusted = false and id in ?2", day, ids);
    }

    /** Events matching the filter, newest first. */
    public Page<Event> search(EventFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("from Event e where 1 = 1");
        Parameters params = new Parameters();
        if (filter.from() != null) {
            query.append(" and e.date >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and e.date <= :to");
            params.and("to", filter.to());
        }
        if (filter.actor() != null) {
            query.append(" and :actor member of e.participants");
            params.and("actor", filter.actor());
        }
        if (filter.topic() != null) {
            query.append(" and :topic member of e.topics");
            params.and("topic", filter.topic());
        }
        if (filter.type() != null) {
            query.append(" and e.type = :type");
            params.and("type", filter.type());
        }
        query.append(" order by e.date desc, e.id");
        PanacheQuery<Event> found = find(query.toString(), params).page(page.toPanache());
        return new Page<>(found.list(), found.count(), page.page(), page.size());
    }
}
