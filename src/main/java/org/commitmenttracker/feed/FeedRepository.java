package org.commitmenttracker.feed;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<Feed, String> {

    /** The feeds due for a poll that no instance holds, soonest first. */
    public List<String> dueIds(Instant now) {
        return getEntityManager().createQuery("select f.id from Feed f where f.nextPollAt <= :now "
                        + "and (f.claimedUntil is null or f.claimedUntil < :now) order by f.nextPollAt, f.id", String.class)
                .setParameter("now", now).getResultList();
    }

    /**
     * Takes the feed for this instance until the time given, unless another instance holds it; true when taken. One
     * conditional update, so two instances cannot both take it.
     */
    public boolean claim(String id, String instance, Instant now, Instant until) {
        return update("claimedBy = ?1, claimedUntil = ?2 where id = ?3 and (claimedUntil is null or claimedUntil < ?4)",
                instance, until, id, now) == 1;
    }
}
