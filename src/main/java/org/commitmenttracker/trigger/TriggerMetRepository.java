package org.commitmenttracker.trigger;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class TriggerMetRepository implements PanacheRepository<TriggerMetRecord> {

    /** The latest record of each commitment that has one, by commitment id: what the rules read. */
    public Map<String, TriggerMetRecord> latestByCommitment() {
        Map<String, TriggerMetRecord> latest = new HashMap<>();
        list("order by recordedAt, id").forEach(r -> latest.put(r.commitmentId, r));
        return latest;
    }

    /** A commitment's records, newest first. */
    public Page<TriggerMetRecord> ofCommitment(String commitmentId, PageRequest page) {
        var query = find("commitmentId = ?1 order by recordedAt desc, id desc", commitmentId).page(page.toPanache());
        return new Page<>(query.list(), query.count(), page.page(), page.size());
    }
}
