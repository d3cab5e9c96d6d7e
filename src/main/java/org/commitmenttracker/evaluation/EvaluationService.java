package org.commitmenttracker.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Status;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/** Runs the active rules over every commitment as of a date and stores one outcome per commitment. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    private final ActiveRules rules;
    private final CommitmentFactSource commitments;
    private final EvidenceEvents evidence;
    private final EvaluationRunRepository runs;
    private final OutcomeRepository outcomes;
    private final OutcomeWriter outcomeWriter;
    private final Today today;
    private final TriggersMet triggersMet;
    private final Event<CurrentRunStored> currentRunStored;
    private final int sliceSize;
    private final int parallelism;
    private final AuditLog audit;
    private final MeterRegistry metrics;
    private final LocalDate earliestAsOf;
    private final Period projectionHorizon;
    private final LiveCurrentRun live;

    public EvaluationService(ActiveRules rules, CommitmentFactSource commitments, EvidenceEvents evidence,
                             EvaluationRunRepository runs, OutcomeRepository outcomes, EvaluationConfig config,
                             AuditLog audit, MeterRegistry metrics, Today today,
                             TriggersMet triggersMet, Event<CurrentRunStored> currentRunStored,
                             OutcomeWriter outcomeWriter, LiveCurrentRun live) {
        this.live = live;
        this.outcomeWriter = outcomeWriter;
        this.currentRunStored = currentRunStored;
        this.triggersMet = triggersMet;
        this.rules = rules;
        this.commitments = commitments;
        this.evidence = evidence;
        this.runs = runs;
        this.outcomes = outcomes;
        this.today = today;
        this.sliceSize = config.sliceSize();
        this.parallelism = config.parallelism().orElse(Runtime.getRuntime().availableProcessors());
        this.audit = audit;
        this.metrics = metrics;
        this.earliestAsOf = config.earliestAsOf();
        this.projectionHorizon = config.projectionHorizon();
    }

    /** Today in the configured zone: the default as-of date. */
    public LocalDate today() {
        return today.date();
    }

    /**
     * Refuses an as-of date before the earliest one configured or further ahead than the projection horizon: such
     * dates are typing mistakes, and a run as of them would be stored for good.
     */
    public void checkAsOf(LocalDate asOf) {
        if (asOf.isBefore(earliestAsOf)) {
            throw new InvalidRequestException("asOf", "must be on or after " + earliestAsOf + ", got " + asOf);
        }
        LocalDate horizon = today().plus(projectionHorizon);
        if (asOf.isAfter(horizon)) {
            throw new InvalidRequestException("asOf", "must be on or before " + horizon + " (today plus "
                    + projectionHorizon + "), got " + asOf);
        }
    }

    /**
     * Evaluates every commitment stated by the date, against the events known by then, with the rules active now;
     * stores the run and one outcome per commitment.
     */
    @Transactional
    public EvaluationRun evaluate(LocalDate asOf) {
        return evaluate(asOf, "requested");
    }

    /** As {@link #evaluate(LocalDate)}, noting why the run was made. */
    @Transactional
    public EvaluationRun evaluate(LocalDate asOf, String reason) {
        checkAsOf(asOf);
        Instant started = Instant.now();
        RuleBase ruleBase = rules.current();
        List<CommitmentFact> judged = commitmentsStatedBy(asOf, ruleBase);
        List<EventFact> events = eventsFor(asOf, ruleBase, judged);
        List<Decision> decisions = ruleBase.decide(judged, events, asOf, sliceSize, parallelism);
        EvaluationRun run = store(asOf, reason, ruleBase, judged, decisions, started);
        if (run.purpose == RunPurpose.CURRENT) {
            live.keep(run, ruleBase, judged, events, decisions);
        }
        return run;
    }

    /**
     * Stores a run of the decisions on the judged commitments and one outcome per decision, each with the commitment's
     * previous status.
     */
    @Transactional
    EvaluationRun store(LocalDate asOf, String reason, RuleBase ruleBase, List<CommitmentFact> judged,
                        List<Decision> decisions, Instant started) {
        Map<String, Status> previous = outcomes.currentStatuses(runs.currentId(today()),
                decisions.stream().map(Decision::commitmentId).toList());
        Map<String, LocalDate> statedOn = judged.stream()
                .collect(Collectors.toMap(CommitmentFact::getId, CommitmentFact::getStatedOn));
        EvaluationRun run = new EvaluationRun();
        run.asOf = asOf;
        run.purpose = RunPurpose.of(asOf, today());
        run.reason = reason;
        run.startedAt = started;
        run.rulesVersion = ruleBase.version();
        run.commitmentCount = decisions.size();
        run.counts = countByStatus(decisions);
        run.finishedAt = Instant.now();
        runs.persist(run);
        outcomeWriter.insertAll(decisions.stream().map(d -> Outcome.of(d, run, statedOn.get(d.commitmentId()),
                previous.get(d.commitmentId()))));
        audit.record(AuditEntry.Action.EVALUATION_RUN, "evaluation", String.valueOf(run.id), run.purpose + " run as of "
                + asOf + " (" + reason + ") with rules " + run.rulesVersion + ": " + run.counts);
        record(run);
        if (run.purpose == RunPurpose.CURRENT) {
            currentRunStored.fire(new CurrentRunStored(run.id));
        }
        Log.infof("Evaluated %d commitments as of %s (%s run %d, %s) with rules %s in %d ms: %s",
                run.commitmentCount, asOf, run.purpose.name().toLowerCase(Locale.ROOT), run.id, reason,
                run.rulesVersion.substring(0, 12), run.finishedAt.toEpochMilli() - run.startedAt.toEpochMilli(),
                run.counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")));
        return run;
    }

    private void record(EvaluationRun run) {
        metrics.timer("tracker.evaluation.duration").record(Duration.between(run.startedAt, run.finishedAt));
        run.counts.forEach((status, count) ->
                metrics.counter("tracker.evaluation.outcomes", "status", status.name()).increment(count));
    }

    /** What the rule base would decide as of the date, with the data stored now; stores nothing. */
    List<Decision> decideWithoutStoring(LocalDate asOf, RuleBase ruleBase) {
        checkAsOf(asOf);
        return decide(asOf, ruleBase, commitmentsStatedBy(asOf, ruleBase));
    }

    private List<CommitmentFact> commitmentsStatedBy(LocalDate asOf, RuleBase ruleBase) {
        return commitments.statedBy(asOf, ruleBase.vocabulary(), triggersMet.latestByCommitment());
    }

    private List<Decision> decide(LocalDate asOf, RuleBase ruleBase, List<CommitmentFact> judged) {
        return ruleBase.decide(judged, eventsFor(asOf, ruleBase, judged), asOf, sliceSize, parallelism);
    }

    private List<EventFact> eventsFor(LocalDate asOf, RuleBase ruleBase, List<CommitmentFact> judged) {
        return evidence.knownOn(asOf, ruleBase.vocabulary(),
                judged.stream().collect(Collectors.toMap(CommitmentFact::getId, c -> c)));
    }

    static Map<Status, Integer> countByStatus(List<Decision> decisions) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        decisions.forEach(d -> counts.merge(d.status(), 1, Integer::sum));
        return counts;
    }
}
