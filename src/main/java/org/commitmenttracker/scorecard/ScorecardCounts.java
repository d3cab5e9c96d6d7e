package org.commitmenttracker.scorecard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.commitmenttracker.evaluation.PartyOutcomesConverter;
import org.commitmenttracker.rules.PartyDecision;
import org.commitmenttracker.rules.facts.Status;

/**
 * Counts one run's statuses per group in the database, by grouping, within an optional stated-on window. By party,
 * an outcome whose actors act separately counts for each actor with that actor's own status.
 */
@ApplicationScoped
public class ScorecardCounts {

    /** Per group (sorted), how many of its commitments have each status. */
    public record Counts(Map<String, Map<Status, Long>> byGroup) {

        static Counts empty() {
            return new Counts(new TreeMap<>());
        }

        /** A copy holding one group only (none if it has no commitments). */
        Counts only(String group) {
            Counts one = empty();
            Map<Status, Long> statuses = byGroup.get(group);
            if (statuses != null) {
                one.byGroup().put(group, new EnumMap<>(statuses));
            }
            return one;
        }

        void add(String group, Status status, long commitments) {
            byGroup.computeIfAbsent(group, g -> new EnumMap<>(Status.class)).merge(status, commitments, Long::sum);
        }
    }

    private static final PartyOutcomesConverter PARTIES = new PartyOutcomesConverter();

    private final EntityManager em;

    public ScorecardCounts(EntityManager em) {
        this.em = em;
    }

    /** The run's counts by the grouping, of the commitments stated from {@code from} to {@code to} (each optional). */
    public Counts count(long runId, Grouping by, LocalDate from, LocalDate to) {
        Counts counts = Counts.empty();
        String window = (from == null ? "" : " and o.stated_on >= :from") + (to == null ? "" : " and o.stated_on <= :to");
        String jointOnly = by == Grouping.PARTY ? " and o.party_outcomes is null" : "";
        for (Object[] row : rows("select " + groupColumn(by) + ", o.status, count(*) from outcome o " + join(by)
                + " where o.run_id = :run" + window + jointOnly + " group by " + groupColumn(by) + ", o.status",
                runId, from, to)) {
            counts.add((String) row[0], Status.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        if (by == Grouping.PARTY) {
            for (Object[] row : rows("select a.code, o.status, o.party_outcomes from outcome o " + join(by)
                    + " where o.run_id = :run" + window + " and o.party_outcomes is not null", runId, from, to)) {
                counts.add((String) row[0], ownStatus((String) row[0], Status.valueOf((String) row[1]),
                        (String) row[2]), 1);
            }
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long runId, LocalDate from, LocalDate to) {
        Query query = em.createNativeQuery(sql).setParameter("run", runId);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }

    /** A party's own status on a commitment whose actors act separately; the commitment's when it has none. */
    private static Status ownStatus(String party, Status commitment, String partyOutcomes) {
        for (PartyDecision decision : PARTIES.convertToEntityAttribute(partyOutcomes)) {
            if (decision.party().equals(party)) {
                return decision.status();
            }
        }
        return commitment;
    }

    private static String groupColumn(Grouping by) {
        return switch (by) {
            case PARTY, ADDRESSEE -> "a.code";
            case SOURCE -> "c.source_id";
            case TOPIC -> "a.topic";
            case KIND -> "c.kind";
        };
    }

    private static String join(Grouping by) {
        return switch (by) {
            case PARTY -> "join commitment_actor a on a.commitment_id = o.commitment_id";
            case ADDRESSEE -> "join commitment_addressee a on a.commitment_id = o.commitment_id";
            case TOPIC -> "join commitment_topic a on a.commitment_id = o.commitment_id";
            case SOURCE, KIND -> "join commitment c on c.id = o.commitment_id";
        };
    }
}
