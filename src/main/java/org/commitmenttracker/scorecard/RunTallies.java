package org.commitmenttracker.scorecard;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.commitmenttracker.rules.facts.Status;
import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The counts of a run's statuses per group, kept for every grouping once made (table scorecard_tally), so that a
 * scorecard over time reads a few rows per run instead of every outcome. Counts without a stated-on window only.
 */
@ApplicationScoped
public class RunTallies {

    /** Runs per query: within every database's limit on the length of an IN list. */
    private static final int RUNS_PER_QUERY = 500;

    private final EntityManager em;
    private final ScorecardCounts counts;

    public RunTallies(EntityManager em, ScorecardCounts counts) {
        this.em = em;
        this.counts = counts;
    }

    /** The run's counts by the grouping, made and kept first if the run has none yet. */
    public ScorecardCounts.Counts of(long runId, Grouping by) {
        return of(List.of(runId), by, null).get(runId);
    }

    /**
     * The runs' counts by the grouping, of one group only when {@code group} is given; made and kept first for runs
     * that have none yet. Every run asked for has an entry.
     */
    public Map<Long, ScorecardCounts.Counts> of(Collection<Long> runIds, Grouping by, String group) {
        Map<Long, ScorecardCounts.Counts> kept = new HashMap<>();
        List<Long> ids = new ArrayList<>(new HashSet<>(runIds));
        for (int from = 0; from < ids.size(); from += RUNS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + RUNS_PER_QUERY));
            Set<Long> tallied = tallied(chunk);
            chunk.stream().filter(id -> !tallied.contains(id)).forEach(this::tally);
            chunk.forEach(id -> kept.put(id, ScorecardCounts.Counts.empty()));
            Query query = em.createNativeQuery("select run_id, group_name, status, commitments from scorecard_tally "
                    + "where run_id in (:runs) and grouped_by = :by" + (group == null ? "" : " and group_name = :group"))
                    .setParameter("runs", chunk).setParameter("by", by.name());
            if (group != null) {
                query.setParameter("group", group);
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                kept.get(((Number) columns[0]).longValue()).add((String) columns[1],
                        Status.valueOf((String) columns[2]), ((Number) columns[3]).longValue());
            }
        }
        return kept;
    }

    /** Makes and keeps the run's counts for every grouping, unless they exist; true when this call made them. */
    public boolean tally(long runId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!tallied(List.of(runId)).isEmpty()) {
                    return false;
                }
                Map<Grouping, ScorecardCounts.Counts> all = new HashMap<>();
                for (Grouping by : Grouping.values()) {
                    all.put(by, counts.count(runId, by, null, null));
                }
                em.unwrap(Session.class).doWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement("insert into scorecard_tally "
                            + "(run_id, grouped_by, group_name, status, commitments) values (?, ?, ?, ?, ?)")) {
                        for (var grouping : all.entrySet()) {
                            for (var group : grouping.getValue().byGroup().entrySet()) {
                                for (var status : group.getValue().entrySet()) {
                                    insert.setLong(1, runId);
                                    insert.setString(2, grouping.getKey().name());
                                    insert.setString(3, group.getKey());
                                    insert.setString(4, status.getKey().name());
                                    insert.setLong(5, status.getValue());
                                    insert.addBatch();
                                }
                            }
                        }
                        insert.executeBatch();
                    }
                    try (PreparedStatement marker = connection.prepareStatement(
                            "insert into scorecard_tallied (run_id, tallied_at) values (?, ?)")) {
                        marker.setLong(1, runId);
                        marker.setTimestamp(2, Timestamp.from(Instant.now()));
                        marker.executeUpdate();
                    }
                });
                return true;
            });
        } catch (RuntimeException e) {
            if (!QuarkusTransaction.requiringNew().call(() -> tallied(List.of(runId))).isEmpty()) {
                return false; // made at the same time by another thread or instance
            }
            throw e;
        }
    }

    private Set<Long> tallied(List<Long> runIds) {
        Set<Long> tallied = new HashSet<>();
        for (Object id : em.createNativeQuery("select run_id from scorecard_tallied where run_id in (:runs)")
                .setParameter("runs", runIds).getResultList()) {
            tallied.add(((Number) id).longValue());
        }
        return tallied;
    }
}
