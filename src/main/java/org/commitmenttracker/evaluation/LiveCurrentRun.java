package org.commitmenttracker.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditEntryRepository;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.IncrementalEvaluation;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;

import io.quarkus.logging.Log;

/**
 * The facts and decisions of the current run, kept in memory so that recorded events re-decide only the commitments
 * they can affect ({@link IncrementalEvaluation}) and the next current run is the previous one with those decisions
 * replaced, instead of a full evaluation. It answers only when that is the same as evaluating everything again: the
 * run it holds is still the current one, as of today, with the active rules, and nothing that can move a status was
 * recorded since that run started but the events given, each after the run ended (another instance's change, a
 * commitment, an import or a confirmation makes the caller evaluate in full, which keeps a new state).
 */
@ApplicationScoped
public class LiveCurrentRun {

    private final boolean enabled;
    private final ActiveRules rules;
    private final EvaluationRunRepository runs;
    private final AuditEntryRepository audit;
    private final EvidenceEvents evidence;
    private final EvaluationService evaluation;
    private volatile Live live;

    public LiveCurrentRun(EvaluationConfig config, ActiveRules rules, EvaluationRunRepository runs,
                          AuditEntryRepository audit, EvidenceEvents evidence, EvaluationService evaluation) {
        this.enabled = config.liveUpdates();
        this.rules = rules;
        this.runs = runs;
        this.audit = audit;
        this.evidence = evidence;
        this.evaluation = evaluation;
    }

    /** What a full current run decided, from which the next events are added; its index is built when first needed. */
    void keep(EvaluationRun run, RuleBase ruleBase, List<CommitmentFact> judged, List<EventFact> events,
              List<Decision> decisions) {
        if (!enabled) {
            return;
        }
        Map<String, Decision> byCommitment = new LinkedHashMap<>();
        decisions.forEach(d -> byCommitment.put(d.commitmentId(), d));
        live = new Live(run.id, run.asOf, run.startedAt, run.finishedAt, ruleBase, judged, events, byCommitment, null);
    }

    /**
     * The current run made by adding the recorded events to the one held, or empty when that would not decide what
     * a full evaluation would (the caller then evaluates in full).
     */
    @Transactional
    public Optional<EvaluationRun> addEvents(List<String> eventIds, String reason) {
        Live base = live;
        if (base == null || eventIds.isEmpty() || !stillCurrent(base) || !onlyTheseChangedSince(base, eventIds)) {
            return Optional.empty();
        }
        Instant started = Instant.now();
        IncrementalEvaluation incremental = base.incremental() != null ? base.incremental()
                : new IncrementalEvaluation(base.rules(), base.judged(), base.events(), base.asOf());
        Map<String, Decision> decisions = new LinkedHashMap<>(base.decisions());
        int redecided = 0;
        for (EventFact event : evidence.trustedKnownOn(base.asOf(), base.rules().vocabulary(), eventIds)) {
            for (Decision decision : incremental.add(event)) {
                decisions.put(decision.commitmentId(), decision);
                redecided++;
            }
        }
        EvaluationRun run = evaluation.store(base.asOf(), reason, base.rules(), base.judged(),
                new ArrayList<>(decisions.values()), started);
        Live next = new Live(run.id, run.asOf, run.startedAt, run.finishedAt, base.rules(), base.judged(), null,
                decisions, incremental);
        if (live == base) {
            live = next; // unless a full evaluation replaced the state meanwhile
        }
        Log.debugf("Run %d: %d events added to run %d, %d decisions re-made", run.id, eventIds.size(), base.runId(),
                redecided);
        return Optional.of(run);
    }

    private boolean stillCurrent(Live base) {
        return base.asOf().equals(evaluation.today())
                && base.rules().version().equals(rules.current().version())
                && runs.currentId(evaluation.today()).filter(id -> id == base.runId()).isPresent();
    }

    /** Every change audited since the run started is one of these events, each recorded after the run ended. */
    private boolean onlyTheseChangedSince(Live base, List<String> eventIds) {
        long changes = audit.count("at >= ?1 and action in ?2", base.startedAt(), CurrentRunFreshness.CHANGES);
        long ours = audit.count("at > ?1 and action = ?2 and targetId in ?3", base.finishedAt(),
                AuditEntry.Action.EVENT_CREATED, eventIds);
        return changes == eventIds.size() && ours == eventIds.size();
    }

    private record Live(long runId, LocalDate asOf, Instant startedAt, Instant finishedAt, RuleBase rules,
                        List<CommitmentFact> judged, List<EventFact> events, Map<String, Decision> decisions,
                        IncrementalEvaluation incremental) {
    }
}
