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
 * selects all). Taking them records a notice for every candidate looked at, met or not, in the transaction that sends
 * or queues the alert: each is told once, and one that does not meet the filters is not read again each round (the
 * filters are on lists the database cannot search).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CandidatesAwaiting {

    private final EntityManager em;

    public CandidatesAwaiting(EntityManager em) {
        this.em = em;
    }

    /** What the subscription has not been told of, by source, oldest candidate first, recorded as considered. */
    public List<ProposedCandidates> take(Subscription s) {
        if (!s.candidates) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select c, src.title from Candidate c, ReleaseText r, Source src"
                        + " where r.id = c.releaseId and src.id = c.sourceId and c.status = :pending"
                        + " and r.submittedAt >= :since and not exists (select 1 from CandidateNotice n"
                        + " where n.subscriptionId = :subscription and n.candidateId = c.id) order by c.sourceId, c.id",
                Object[].class).setParameter("pending", Candidate.Status.PENDING).setParameter("since", s.createdAt)
                .setParameter("subscription", s.id).getResultList();
        StatusChangeFilter filter = s.filter();
        Map<String, ProposedCandidates> bySource = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Candidate c = (Candidate) row[0];
            considered(s.id, c.id);
            if (meets(c, filter)) {
                bySource.computeIfAbsent(c.sourceId, id -> new ProposedCandidates(id, (String) row[1],
                        new ArrayList<>())).candidateIds().add(c.id);
            }
        }
        em.flush();
        return List.copyOf(bySource.values());
    }

    private void considered(long subscriptionId, long candidateId) {
        CandidateNotice notice = new CandidateNotice();
        notice.subscriptionId = subscriptionId;
        notice.candidateId = candidateId;
        em.persist(notice);
    }

    private static boolean meets(Candidate c, StatusChangeFilter f) {
        return any(f.actors(), c.actors) && any(f.addressees(), c.addressees) && any(f.topics(), c.topics)
                && (f.kinds().isEmpty() || f.kinds().contains(c.kind));
    }

    private static boolean any(Set<String> wanted, List<String> have) {
        return wanted.isEmpty() || have.stream().anyMatch(wanted::contains);
    }
}
