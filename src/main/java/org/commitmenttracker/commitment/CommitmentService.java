package org.commitmenttracker.commitment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.InputsChanged;
import org.commitmenttracker.evaluation.RunService;
import org.commitmenttracker.evaluation.Outcome;
import org.commitmenttracker.evaluation.OutcomeRepository;
import org.commitmenttracker.evaluation.OutcomeView;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.source.SourceRepository;
import org.commitmenttracker.source.SourceView;
import org.commitmenttracker.vocabulary.TermResolver;
import org.commitmenttracker.vocabulary.Vocabulary;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/** Records commitments and reads them back with their current status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final SourceRepository sources;
    private final RunService runs;
    private final OutcomeRepository outcomes;
    private final AuditLog audit;
    private final Cache statusListings;
    private final TermResolver vocabulary;
    /** CommitmentRecorded for the features that follow commitments, InputsChanged for the current run. */
    private final Event<Object> recorded;
    private final ActiveRules rules;
    private final ListingJson json;

    public CommitmentService(CommitmentRepository commitments, SourceRepository sources, RunService runs,
                             OutcomeRepository outcomes, AuditLog audit,
                             @CacheName("status-listings") Cache statusListings, TermResolver vocabulary,
                             Event<Object> recorded, ActiveRules rules, ListingJson json) {
        this.json = json;
        this.rules = rules;
        this.commitments = commitments;
        this.sources = sources;
        this.runs = runs;
        this.outcomes = outcomes;
        this.audit = audit;
        this.statusListings = statusListings;
        this.vocabulary = vocabulary;
        this.recorded = recorded;
    }

    public Optional<CommitmentView> findCommitmentById(String id) {
        return commitments.findByIdOptional(id).map(c -> CommitmentView.of(c, sourceOf(c.sourceId),
                runs.currentRunId().map(run -> outcomes.inRun(run, List.of(id)).get(id)).map(OutcomeView::of)
                        .orElse(null)));
    }

    public boolean existsById(String id) {
        return commitments.findByIdOptional(id).isPresent();
    }

    /**
     * Commitments matching the filter (actor, addressee and topic in any words the vocabulary resolves), each with its
     * outcome in the current run (the latest as of today; replays and projections never count).
     */
    public Page<CommitmentView> searchCommitments(CommitmentFilter given, PageRequest page) {
        return searchCommitments(given, page, listingState(given));
    }

    /**
     * As {@link #searchCommitments(CommitmentFilter, PageRequest)}, as of the state a tag was computed for, so that a
     * listing reads the current run's id once. A run's outcomes never change, nor do commitments and sources, so a
     * status listing is cached by run: a new run makes a new key.
     */
    public Page<CommitmentView> searchCommitments(CommitmentFilter given, PageRequest page, ListingState state) {
        CommitmentFilter filter = resolved(given);
        Long currentRun = state.currentRunId();
        if (currentRun == null || filter.status() == null) {
            return search(filter, currentRun, page);
        }
        return statusListings.get(new StatusListingKey(currentRun, filter, page),
                key -> search(filter, currentRun, page)).await().indefinitely();
    }

    /**
     * As {@link #searchCommitments(CommitmentFilter, PageRequest, ListingState)}, written as JSON; a status listing's
     * JSON is kept per run as its page is.
     */
    public byte[] searchCommitmentsAsJson(CommitmentFilter given, PageRequest page, ListingState state) {
        CommitmentFilter filter = resolved(given);
        Long currentRun = state.currentRunId();
        if (currentRun == null || filter.status() == null) {
            return json.write(search(filter, currentRun, page));
        }
        return json.cached(new StatusListingKey(currentRun, filter, page), () -> search(filter, currentRun, page));
    }

    /** The filter with its actor, addressee and topic in the stored form of the vocabulary's concepts. */
    private CommitmentFilter resolved(CommitmentFilter given) {
        return new CommitmentFilter(given.status(),
                vocabulary.storedForm(Vocabulary.PARTIES, given.actor()),
                vocabulary.storedForm(Vocabulary.PARTIES, given.addressee()),
                vocabulary.storedForm(Vocabulary.TOPICS, given.topic()), given.kind(), given.sourceId());
    }

    /**
     * What a listing's answer depends on, read once per request: the current run, the rules version (its vocabulary
     * resolves the filter's words) and, for a listing not filtered by status, the number of commitments (they are only
     * ever added). A status-filtered listing reads the current run's outcomes alone, so its state costs one read of
     * the current run's id, as its cached pages do.
     */
    public ListingState listingState(CommitmentFilter filter) {
        return new ListingState(runs.currentRunId().orElse(null), rules.current().version(),
                filter.status() == null ? commitments.count() : -1);
    }

    /** The state a listing was read in; its tag changes whenever the listing's answer can. */
    public record ListingState(Long currentRunId, String rulesVersion, long commitmentCount) {

        public EntityTag tag() {
            return new EntityTag("run-" + (currentRunId == null ? "none" : currentRunId) + "-rules-"
                    + rulesVersion.substring(0, 12) + (commitmentCount < 0 ? "" : "-commitments-" + commitmentCount),
                    true);
        }
    }

    private Page<CommitmentView> search(CommitmentFilter filter, Long currentRunId, PageRequest page) {
        EvaluationRun currentRun = currentRunId == null ? null : runs.findRun(currentRunId).orElseThrow();
        Page<Commitment> found = commitments.search(filter, currentRun, page);
        List<String> ids = found.items().stream().map(c -> c.id).toList();
        Map<String, Outcome> current = currentRun == null ? Map.of() : outcomes.inRun(currentRun.id, ids);
        Map<String, SourceView> cited = sources.list("id in ?1",
                        found.items().stream().map(c -> c.sourceId).collect(Collectors.toSet())).stream()
                .map(SourceView::of).collect(Collectors.toMap(SourceView::id, Function.identity()));
        return found.map(c -> CommitmentView.of(c, cited.get(c.sourceId),
                Optional.ofNullable(current.get(c.id)).map(OutcomeView::of).orElse(null)));
    }

    private record StatusListingKey(long runId, CommitmentFilter filter, PageRequest page) {
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
        TermResolver.Terms terms = vocabulary.begin();
        Commitment commitment = input.resolvedBy(terms).toEntity();
        commitment.termsAsGiven.addAll(terms.notesOrRefuse());
        commitments.persist(commitment);
        audit.record(AuditEntry.Action.COMMITMENT_CREATED, "commitment", commitment.id,
                commitment.kind + ": " + commitment.summary);
        recorded.fire(new CommitmentRecorded(commitment));
        recorded.fire(InputsChanged.of("commitment recorded"));
        return CommitmentView.of(commitment, source, null).withWarnings(terms.warnings());
    }

    private SourceView sourceOf(String id) {
        return sources.findByIdOptional(id).map(SourceView::of).orElse(null);
    }
}
