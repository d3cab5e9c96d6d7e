package org.commitmenttracker.commitment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.evaluation.EvaluationRunRepository;
import org.commitmenttracker.evaluation.Outcome;
import org.commitmenttracker.evaluation.OutcomeRepository;
import org.commitmenttracker.evaluation.OutcomeView;
import org.commitmenttracker.http.Ids;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.rules.facts.Kind;
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

    public CommitmentService(CommitmentRepository commitments, SourceRepository sources, EvaluationRunRepository runs,
                             OutcomeRepository outcomes) {
        this.commitments = commitments;
        this.sources = sources;
        this.runs = runs;
        this.outcomes = outcomes;
    }

    public Optional<CommitmentView> findCommitmentById(String id) {
        return commitments.findByIdOptional(id).map(c -> CommitmentView.of(c, sourceOf(c.sourceId),
                outcomes.latestFor(id).map(OutcomeView::of).orElse(null)));
    }

    public boolean existsById(String id) {
        return commitments.findByIdOptional(id).isPresent();
    }

    public Page<CommitmentView> searchCommitments(CommitmentFilter filter, PageRequest page) {
        Long latestRun = runs.latest().map(run -> run.id).orElse(null);
        Page<Commitment> found = commitments.search(filter, latestRun, page);
        List<String> ids = found.items().stream().map(c -> c.id).toList();
        Map<String, Outcome> current = latestRun == null ? Map.of() : outcomes.inRun(latestRun, ids);
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
        Commitment commitment = toEntity(input);
        commitments.persist(commitment);
        return CommitmentView.of(commitment, source, null);
    }

    private SourceView sourceOf(String id) {
        return sources.findByIdOptional(id).map(SourceView::of).orElse(null);
    }

    private static Commitment toEntity(CommitmentInput in) {
        Commitment c = new Commitment();
        c.id = in.id() != null ? in.id() : Ids.newId("c");
        c.sourceId = in.sourceId();
        c.statedOn = in.statedOn();
        c.kind = in.kind();
        c.underlyingKind = in.underlyingKind();
        c.actors.addAll(in.actors());
        c.addressees.addAll(orEmpty(in.addressees()));
        c.summary = in.summary().strip();
        c.quote = in.quote().strip();
        c.topics.addAll(in.topics());
        c.deadline = in.deadline();
        c.deadlineNote = in.deadlineNote();
        c.dueWithin = in.dueWithin();
        c.cadence = in.cadence();
        c.cadenceNote = in.cadenceNote();
        c.reviewWindow = in.reviewWindow();
        c.evidence = evidenceOf(in);
        if (in.trigger() != null) {
            c.triggerDescription = in.trigger().description().strip();
            c.trigger = new Criteria(in.trigger().eventTypes(), in.trigger().topics(), orEmpty(in.trigger().parties()));
        }
        c.createdAt = Instant.now();
        return c;
    }

    /** Evidence topics default to the commitment's topics; parties to its actors, except for requests. */
    private static Criteria evidenceOf(CommitmentInput in) {
        CommitmentInput.EvidenceInput e = in.evidence();
        Set<String> topics = e.topics() == null || e.topics().isEmpty() ? in.topics() : e.topics();
        Set<String> parties = e.parties() != null ? e.parties()
                : in.judgedAs() == Kind.REQUEST ? Set.of() : in.actors();
        return new Criteria(e.eventTypes(), topics, parties);
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : values;
    }
}
