package org.commitmenttracker.extraction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.commitment.CommitmentInput;
import org.commitmenttracker.commitment.CommitmentService;
import org.commitmenttracker.commitment.CommitmentView;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.source.SourceRepository;

/**
 * Staff review of candidates: list them, accept one (with corrections) as an ordinary commitment citing its source
 * and quote, or reject it with a reason. A decision is final; accepting stores the commitment and the decision
 * together or neither.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CandidateService {

    private final CandidateRepository candidates;
    private final ReleaseTextRepository releases;
    private final SourceRepository sources;
    private final CommitmentService commitments;
    private final AuditLog audit;

    public CandidateService(CandidateRepository candidates, ReleaseTextRepository releases, SourceRepository sources,
                            CommitmentService commitments, AuditLog audit) {
        this.candidates = candidates;
        this.releases = releases;
        this.sources = sources;
        this.commitments = commitments;
        this.audit = audit;
    }

    public Page<CandidateView> search(String sourceId, Long releaseId, Candidate.Status status, PageRequest page) {
        return candidates.search(sourceId, releaseId, status, page).map(CandidateView::of);
    }

    public Optional<CandidateView> find(long id) {
        return candidates.findByIdOptional(id).map(CandidateView::of);
    }

    public List<CandidateView> ofRelease(long releaseId) {
        return candidates.ofRelease(releaseId).stream().map(CandidateView::of).toList();
    }

    /** Accepts: the commitment made from the candidate and the corrections; empty when there is no such candidate. */
    @Transactional
    public Optional<CommitmentView> accept(long id, CandidateCorrections corrections, String by) {
        Optional<Candidate> found = candidates.findByIdOptional(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Candidate c = pending(found.get());
        CandidateCorrections fix = corrections == null ? CandidateCorrections.none() : corrections;
        String quote = fix.quote() == null ? c.quote : fix.quote().strip();
        if (fix.quote() != null && !releases.findById(c.releaseId).content.contains(quote)) {
            throw new InvalidRequestException("quote", "is not words of the release's text");
        }
        CommitmentView made = commitments.persistCommitment(new CommitmentInput(fix.id(), c.sourceId,
                sources.findById(c.sourceId).statedOn, or(fix.actors(), c.actors), or(fix.addressees(), c.addressees),
                or(fix.kind(), c.kind), fix.underlyingKind(), or(fix.summary(), c.summary), quote,
                or(fix.topics(), c.topics), or(fix.deadline(), c.deadline), or(fix.deadlineNote(), c.deadlineNote),
                fix.dueWithin(), or(fix.cadence(), c.cadence), or(fix.cadenceNote(), c.cadenceNote),
                fix.reviewWindow(), fix.evidence() != null ? fix.evidence() : c.eventTypes.isEmpty() ? null
                        : new CommitmentInput.EvidenceInput(Set.copyOf(c.eventTypes), null, null),
                fix.trigger(), fix.goal(), fix.actorsActSeparately()));
        decide(c, Candidate.Status.ACCEPTED, by, null);
        c.commitmentId = made.id();
        audit.record(AuditEntry.Action.CANDIDATE_ACCEPTED, "commitment", made.id(), "candidate " + c.id
                + " of source " + c.sourceId);
        return Optional.of(made);
    }

    /** Rejects, with the reason staff give; empty when there is no such candidate. */
    @Transactional
    public Optional<CandidateView> reject(long id, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "is required to reject a candidate");
        }
        return candidates.findByIdOptional(id).map(c -> {
            decide(pending(c), Candidate.Status.REJECTED, by, reason.strip());
            audit.record(AuditEntry.Action.CANDIDATE_REJECTED, "source", c.sourceId, "candidate " + c.id + ": "
                    + c.reason);
            return CandidateView.of(c);
        });
    }

    private static Candidate pending(Candidate c) {
        if (c.status != Candidate.Status.PENDING) {
            throw new ClientErrorException("Candidate " + c.id + " was already " + c.status.name().toLowerCase()
                    + " by " + c.decidedBy + ".", Response.Status.CONFLICT);
        }
        return c;
    }

    private static void decide(Candidate c, Candidate.Status status, String by, String reason) {
        c.status = status;
        c.decidedBy = by;
        c.decidedAt = Instant.now();
        c.reason = reason;
    }

    private static <T> T or(T given, T read) {
        return given != null ? given : read;
    }

    private static Set<String> or(Set<String> given, List<String> read) {
        return given != null ? given : Set.copyOf(read);
    }
}
