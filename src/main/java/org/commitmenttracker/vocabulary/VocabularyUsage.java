package org.commitmenttracker.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which terms the stored commitments and events use, read straight from their tables: the counts behind a concept's
 * page and the list of uncontrolled terms in use. Criteria are stored as JSON, so they are read and counted here.
 */
@ApplicationScoped
public class VocabularyUsage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A column holding terms: its table, its name, and the column naming the commitment or event it belongs to. */
    private record Column(String table, String name, String owner, boolean ofCommitment) {
    }

    /** Where each scheme's terms are stored, besides commitments' criteria. */
    private static final Map<String, List<Column>> COLUMNS = Map.of(
            Vocabulary.TOPICS, List.of(new Column("commitment_topic", "topic", "commitment_id", true),
                    new Column("event_topic", "topic", "event_id", false)),
            Vocabulary.EVENT_TYPES, List.of(new Column("event", "event_type", "id", false)),
            Vocabulary.PARTIES, List.of(new Column("commitment_actor", "code", "commitment_id", true),
                    new Column("commitment_addressee", "code", "commitment_id", true),
                    new Column("event_participant", "code", "event_id", false)));

    private final EntityManager em;

    public VocabularyUsage(EntityManager em) {
        this.em = em;
    }

    /** Stored criteria, as their JSON reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoredCriteria(Set<String> eventTypes, Set<String> topics, Set<String> parties) {

        Set<String> termsOf(String scheme) {
            Set<String> terms = switch (scheme) {
                case Vocabulary.TOPICS -> topics;
                case Vocabulary.EVENT_TYPES -> eventTypes;
                default -> parties;
            };
            return terms == null ? Set.of() : terms;
        }
    }

    /** How many commitments and events store the term (in their own fields or their criteria). */
    public VocabularyViews.Usage usageOf(String scheme, String term) {
        long commitments = 0;
        long events = 0;
        for (Column column : COLUMNS.getOrDefault(scheme, List.of())) {
            long count = ((Number) em.createNativeQuery("select count(distinct " + column.owner() + ") from "
                    + column.table() + " where " + column.name() + " = ?1").setParameter(1, term).getSingleResult())
                    .longValue();
            if (column.ofCommitment()) {
                commitments += count;
            } else {
                events += count;
            }
        }
        String like = "%\"" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "\"%";
        commitments += ((Number) em.createNativeQuery("select count(*) from commitment where (evidence like ?1 escape"
                + " '\\' or trigger_criteria like ?1 escape '\\') and id not in (select commitment_id from"
                + " commitment_topic where topic = ?2 union select commitment_id from commitment_actor where code = ?2"
                + " union select commitment_id from commitment_addressee where code = ?2)")
                .setParameter(1, like).setParameter(2, term).getSingleResult()).longValue();
        return new VocabularyViews.Usage(commitments, events);
    }

    /** Every stored term of the scheme with its number of uses. */
    public Map<String, Long> termsInUse(String scheme) {
        Map<String, Long> uses = new HashMap<>();
        for (Column column : COLUMNS.getOrDefault(scheme, List.of())) {
            List<?> rows = em.createNativeQuery("select " + column.name() + ", count(*) from " + column.table()
                    + " group by " + column.name()).getResultList();
            rows.forEach(row -> {
                Object[] values = (Object[]) row;
                uses.merge((String) values[0], ((Number) values[1]).longValue(), Long::sum);
            });
        }
        List<?> criteria = em.createNativeQuery("select evidence, trigger_criteria from commitment").getResultList();
        criteria.forEach(row -> {
            for (Object json : (Object[]) row) {
                if (json != null) {
                    read(json.toString()).termsOf(scheme).forEach(t -> uses.merge(t, 1L, Long::sum));
                }
            }
        });
        return uses;
    }

    private static StoredCriteria read(String json) {
        try {
            return JSON.readValue(json, StoredCriteria.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored criteria are not valid JSON: " + json, e);
        }
    }
}
