package org.commitmenttracker.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.commitmenttracker.suggestion.Suggestion;

/**
 * Suggested evidence awaiting review that a subscription selects and has not been told of: pending suggestions on
 * its commitments, made since it was created. Taking them records a notice for each, in the transaction that sends
 * or queues the alert, so that each is told once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewsAwaiting {

    private final EntityManager em;

    public ReviewsAwaiting(EntityManager em) {
        this.em = em;
    }

    /**
     * What the subscription has not been told of, by commitment (in id order), oldest suggestion first, recorded as
     * told; flushed, so that a second teller fails here rather than at commit.
     */
    public List<AwaitingReview> take(Subscription s) {
        if (!s.suggestions) {
            return List.of();
        }
        StatusChangeFilter filter = s.filter();
        String jpql = "select g.commitmentId, c.summary, g.id from Suggestion g, Commitment c"
                + " where c.id = g.commitmentId and g.status = :pending and g.createdAt >= :since"
                + " and not exists (select 1 from ReviewNotice n where n.subscriptionId = :subscription"
                + " and n.suggestionId = g.id)" + CommitmentSelection.conditions("g.commitmentId", filter)
                + " order by g.commitmentId, g.id";
        var query = em.createQuery(jpql, Object[].class).setParameter("pending", Suggestion.Status.PENDING)
                .setParameter("since", s.createdAt).setParameter("subscription", s.id);
        Map<String, AwaitingReview> byCommitment = new LinkedHashMap<>();
        for (Object[] row : CommitmentSelection.bind(query, filter).getResultList()) {
            byCommitment.computeIfAbsent((String) row[0], id -> new AwaitingReview(id, (String) row[1],
                    new java.util.ArrayList<>())).suggestionIds().add((Long) row[2]);
        }
        for (AwaitingReview review : byCommitment.values()) {
            for (Long suggestion : review.suggestionIds()) {
                ReviewNotice notice = new ReviewNotice();
                notice.subscriptionId = s.id;
                notice.suggestionId = suggestion;
                em.persist(notice);
            }
        }
        em.flush();
        return List.copyOf(byCommitment.values());
    }
}
