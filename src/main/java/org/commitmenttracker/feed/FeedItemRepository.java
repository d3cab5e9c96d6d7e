package org.commitmenttracker.feed;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FeedItemRepository implements PanacheRepositoryBase<FeedItem, Long> {

    public Optional<FeedItem> findItem(String feedId, String key) {
        return find("feedId = ?1 and key = ?2", feedId, key).firstResultOptional();
    }

    /** A feed's items, latest fetched first. */
    public Page<FeedItem> ofFeed(String feedId, PageRequest page) {
        var query = find("feedId = ?1 order by fetchedAt desc, id desc", feedId).page(page.toPanache());
        return new Page<>(query.list(), query.count(), page.page(), page.size());
    }
}
