package org.commitmenttracker.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.commitmenttracker.extraction.Candidate;

/**
 * Candidate commitments awaiting review that a subscription asked to hear of and has not been told of: pending ones
 * proposed since it was created, whose actors, addressees, topics and kind meet its filters (a filter left empty
 * selects all). Announcing them records a notice for each, in the transaction that sends or queues the alert.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CandidatesAwaiting {

    private final EntityManager em;

    public CandidatesAwaiting(EntityManager em) {
        this.em = em;
    }

    /** What the subscription has not been told of, by source, oldest candidate first. */
    public List<ProposedCandidates> unannounced(Subscription s) {
        if (!s.candidates) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select c, src.title, r.submittedAt from Candidate c, ReleaseText r,"
                        + " Source src where r.id = c.releaseId and src.id = c.sourceId and c.status = :pending"
                        + " and r.submittedAt >= :since and not exists (select 1 from CandidateNotice n"
                        + " where n.subscriptionId = :subscription and n.candidateId = c.id) order by c.sourceId, c.id",
                Object[].class).setParameter("pending", Candidate.Status.PENDING).setParameter("since", s.createdAt)
                .setParameter("subscription", s.id).getResultList();
        StatusChangeFilter filter = s.filter();
        Map<String, ProposedCandidates> bySource = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Candidate c = (Candidate) row[0];
            if (meets(c, filter)) {
                bySource.computeIfAbsent(c.sourceId, id -> new ProposedCandidates(id, (String) row[1],
                        new ArrayList<>())).candidateIds().add(c.id);
            }
        }
        return List.copyOf(bySource.values());
    }

    /** Records that the subscription has been told of these; flushed, so a second teller fails here. */
    public void announce(long subscriptionId, List<ProposedCandidates> proposed) {
        for (ProposedCandidates release : proposed) {
            for (Long candidate : release.candidateIds()) {
                CandidateNotice notice = new CandidateNotice();
                notice.subscriptionId = subscriptionId;
                notice.candidateId = candidate;
                em.persist(notice);
            }
        }
        em.flush();
    }

    private static boolean meets(Candidate c, StatusChangeFilter f) {
        return any(f.actors(), c.actors) && any(f.addressees(), c.addressees) && any(f.topics(), c.topics)
                && (f.kinds().isEmpty() || f.kinds().contains(c.kind));
    }

    private static boolean any(Set<String> wanted, List<String> have) {
        return wanted.isEmpty() || have.stream().anyMatch(wanted::contains);
    }
}
