package org.commitmenttracker.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.commitment.CommitmentRepository;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleFile;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Status;

import io.micrometer.core.instrument.MeterRegistry;

/** Runs the active rules over every commitment as of a date and stores one outcome per commitment. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    private final ActiveRules rules;
    private final CommitmentRepository commitments;
    private final EvidenceEvents evidence;
    private final EvaluationRunRepository runs;
    private final OutcomeRepository outcomes;
    private final ZoneId zone;
    private final int sliceSize;
    private final int parallelism;
    private final AuditLog audit;
    private final MeterRegistry metrics;

    public EvaluationService(ActiveRules rules, CommitmentRepository commitments, EvidenceEvents evidence,
                             EvaluationRunRepository runs, OutcomeRepository outcomes, TrackerConfig config,
                             AuditLog audit, MeterRegistry metrics) {
        this.rules = rules;
        this.commitments = commitments;
        this.evidence = evidence;
        this.runs = runs;
        this.outcomes = outcomes;
        this.zone = config.zone();
        this.sliceSize = config.evaluation().sliceSize();
        this.parallelism = config.evaluation().parallelism().orElse(Runtime.getRuntime().availableProcessors());
        this.audit = audit;
        this.metrics = metrics;
    }

    /** Today in the configured zone: the default as-of date. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The run made most recently: it gives each commitment its current status. */
    public Optional<EvaluationRun> latestRun() {
        return runs.latest();
    }

    public Optional<EvaluationRun> findRunById(long id) {
        return runs.findByIdOptional(id);
    }

    public Page<EvaluationRun> listRuns(PageRequest page) {
        var query = runs.find("order by id desc").page(page.toPanache());
        return new Page<>(query.list(), query.count(), page.page(), page.size());
    }

    public Page<OutcomeView> searchOutcomes(OutcomeFilter filter, String orderBy, PageRequest page) {
        return outcomes.search(filter, orderBy, page).map(OutcomeView::of);
    }

    /** The commitment's outcome in every run that judged it, oldest first, each with what changed and why. */
    public List<HistoryEntry> historyOf(String commitmentId) {
        List<HistoryEntry> history = new ArrayList<>();
        Outcome before = null;
        for (Outcome outcome : outcomes.historyOf(commitmentId)) {
            history.add(HistoryEntry.of(before, outcome));
            before = outcome;
        }
        return history;
    }

    /** What changed between two runs; empty when either does not exist. */
    public Optional<RunDiff> diff(long fromRun, long toRun) {
        Optional<EvaluationRun> from = runs.findByIdOptional(fromRun);
        Optional<EvaluationRun> to = runs.findByIdOptional(toRun);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RunDiff.between(from.get(), outcomes.ofRun(fromRun), to.get(), outcomes.ofRun(toRun)));
    }

    /**
     * Evaluates every commitment stated by the date, against the events known by then, with the rules active now;
     * stores the run and one outcome per commitment.
     */
    @Transactional
    public EvaluationRun evaluate(LocalDate asOf) {
        Instant started = Instant.now();
        RuleBase ruleBase = rules.current();
        List<CommitmentFact> judged = commitmentsStatedBy(asOf, ruleBase);
        return store(asOf, ruleBase, judged, decide(asOf, ruleBase, judged), started);
    }

    /**
     * Stores a run of the decisions on the judged commitments and one outcome per decision, each with the commitment's
     * previous status.
     */
    @Transactional
    EvaluationRun store(LocalDate asOf, RuleBase ruleBase, List<CommitmentFact> judged, List<Decision> decisions,
                        Instant started) {
        Map<String, Status> previous = outcomes.latestStatuses(runs.latestId(),
                decisions.stream().map(Decision::commitmentId).toList());
        Map<String, LocalDate> statedOn = judged.stream()
                .collect(Collectors.toMap(CommitmentFact::getId, CommitmentFact::getStatedOn));
        EvaluationRun run = new EvaluationRun();
        run.asOf = asOf;
        run.startedAt = started;
        run.rulesVersion = ruleBase.version();
        run.commitmentCount = decisions.size();
        run.counts = countByStatus(decisions);
        run.finishedAt = Instant.now();
        runs.persist(run);
        outcomes.persistAll(decisions.stream().map(d -> toOutcome(d, run, statedOn.get(d.commitmentId()),
                previous.get(d.commitmentId()))));
        audit.record(AuditEntry.Action.EVALUATION_RUN, "evaluation", String.valueOf(run.id),
                "as of " + asOf + " with rules " + run.rulesVersion + ": " + run.counts);
        record(run);
        return run;
    }

    private void record(EvaluationRun run) {
        metrics.timer("tracker.evaluation.duration").record(Duration.between(run.startedAt, run.finishedAt));
        run.counts.forEach((status, count) ->
                metrics.counter("tracker.evaluation.outcomes", "status", status.name()).increment(count));
    }

    /**
     * Evaluates as {@link #evaluate} does but stores nothing: with the active rules, or with the active files
     * overlaid by the given ones (compiled for this call only).
     */
    public DryRunView dryRun(LocalDate asOf, List<RuleFile> changedFiles) {
        RuleBase ruleBase = changedFiles.isEmpty() ? rules.current() : rules.compileOverlay(changedFiles);
        List<Decision> decisions = decide(asOf, ruleBase, commitmentsStatedBy(asOf, ruleBase));
        return new DryRunView(asOf, ruleBase.version(), decisions.size(), countByStatus(decisions), decisions);
    }

    private List<CommitmentFact> commitmentsStatedBy(LocalDate asOf, RuleBase ruleBase) {
        FactAssembler facts = new FactAssembler(ruleBase.vocabulary());
        return commitments.statedBy(asOf).stream().map(facts::toFact).toList();
    }

    private List<Decision> decide(LocalDate asOf, RuleBase ruleBase, List<CommitmentFact> judged) {
        FactAssembler facts = new FactAssembler(ruleBase.vocabulary());
        List<EventFact> eventFacts = evidence.knownOn(asOf, facts,
                judged.stream().collect(Collectors.toMap(CommitmentFact::getId, c -> c)));
        return ruleBase.decide(judged, eventFacts, asOf, sliceSize, parallelism);
    }

    private static Map<Status, Integer> countByStatus(List<Decision> decisions) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        decisions.forEach(d -> counts.merge(d.status(), 1, Integer::sum));
        return counts;
    }

    private static Outcome toOutcome(Decision d, EvaluationRun run, LocalDate statedOn, Status previousStatus) {
        Outcome o = new Outcome();
        o.runId = run.id;
        o.commitmentId = d.commitmentId();
        o.statedOn = statedOn;
        o.asOf = run.asOf;
        o.rulesVersion = run.rulesVersion;
        o.status = d.status();
        o.rule = d.rule();
        o.explanation = d.explanation();
        o.resolution = d.resolution();
        o.nextDue = d.nextDue();
        o.occurrences = d.occurrences();
        o.termStart = d.termStart();
        o.triggerEventId = d.triggerEventId();
        o.evidenceIds = d.evidenceIds();
        o.previousStatus = previousStatus;
        o.firedRules = d.firedRules();
        return o;
    }
}
