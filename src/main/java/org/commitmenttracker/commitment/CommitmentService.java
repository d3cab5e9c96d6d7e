package org.commitmenttracker.commitment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.EvaluationRunRepository;
import org.commitmenttracker.evaluation.Outcome;
import org.commitmenttracker.evaluation.OutcomeRepository;
import org.commitmenttracker.evaluation.OutcomeView;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.source.SourceRepository;
import org.commitmenttracker.source.SourceView;

/** Records commitments and reads them back with their current status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final SourceRepository sources;
    private final EvaluationRunRepository runs;
    private final OutcomeRepository outcomes;
    private final AuditLog audit;

    public CommitmentService(CommitmentRepository commitments, SourceRepository sources, EvaluationRunRepository runs,
                             OutcomeRepository outcomes, AuditLog audit) {
        this.commitments = commitments;
        this.sources = sources;
        this.runs = runs;
        this.outcomes = outcomes;
        this.audit = audit;
    }

    public Optional<CommitmentView> findCommitmentById(String id) {
        return commitments.findByIdOptional(id).map(c -> CommitmentView.of(c, sourceOf(c.sourceId),
                outcomes.latestFor(id).map(OutcomeView::of).orElse(null)));
    }

    public boolean existsById(String id) {
        return commitments.findByIdOptional(id).isPresent();
    }

    public Page<CommitmentView> searchCommitments(CommitmentFilter filter, PageRequest page) {
        EvaluationRun latestRun = runs.latest().orElse(null);
        Page<Commitment> found = commitments.search(filter, latestRun, page);
        List<String> ids = found.items().stream().map(c -> c.id).toList();
        Map<String, Outcome> current = latestRun == null ? Map.of() : outcomes.inRun(latestRun.id, ids);
        Map<String, SourceView> cited = sources.list("id in ?1",
                        found.items().stream().map(c -> c.sourceId).collect(Collectors.toSet())).stream()
                .map(SourceView::of).collect(Collectors.toMap(SourceView::id, Function.identity()));
        return found.map(c -> CommitmentView.of(c, cited.get(c.sourceId),
                Optional.ofNullable(current.get(c.id)).map(OutcomeView::of).orElse(null)));
    }

    @Transactional
    public CommitmentView persistCommitment(@Valid CommitmentInput input) {
        SourceView source = sourceOf(input.sourceId());
        if (source == null) {
            throw new InvalidRequestException("sourceId", "no source with id '" + input.sourceId() + "'");
        }
        if (input.id() != null && existsById(input.id())) {
            throw new ClientErrorException("A commitment with id '" + input.id() + "' already exists.",
                    Response.Status.CONFLICT);
        }
        Commitment commitment = input.toEntity();
        commitments.persist(commitment);
        audit.record(AuditEntry.Action.COMMITMENT_CREATED, "commitment", commitment.id,
                commitment.kind + ": " + commitment.summary);
        return CommitmentView.of(commitment, source, null);
    }

    private SourceView sourceOf(String id) {
        return sources.findByIdOptional(id).map(SourceView::of).orElse(null);
    }
}
