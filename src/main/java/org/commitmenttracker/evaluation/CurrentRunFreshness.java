package org.commitmenttracker.evaluation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditEntryRepository;
import org.commitmenttracker.rules.ActiveRules;

/**
 * Whether the current run still says what an evaluation now would: made as of today, with the rules now active, and
 * no change that can move a status recorded since it started. A restart then need not evaluate again, which at
 * 100,000 commitments is most of a minute and a half of start-up.
 */
@ApplicationScoped
public class CurrentRunFreshness {

    /**
     * Audited changes of data that can move a status; anything else (reads, refusals, rejections) leaves outcomes as
     * they are. Reloads are not among them: a run names its rules version, which is compared instead, so a restart
     * that reloads the same rules finds its run still up to date.
     */
    static final Set<AuditEntry.Action> CHANGES = EnumSet.of(AuditEntry.Action.COMMITMENT_CREATED,
            AuditEntry.Action.EVENT_CREATED, AuditEntry.Action.IMPORT_FINISHED, AuditEntry.Action.SUGGESTION_CONFIRMED,
            AuditEntry.Action.TRIGGER_MET_RECORDED, AuditEntry.Action.CANDIDATE_ACCEPTED);

    private final RunService runs;
    private final ActiveRules rules;
    private final AuditEntryRepository audit;
    private final Today today;

    public CurrentRunFreshness(RunService runs, ActiveRules rules, AuditEntryRepository audit, Today today) {
        this.runs = runs;
        this.rules = rules;
        this.audit = audit;
        this.today = today;
    }

    /** The current run, when it is as of today, made with the active rules and no change was recorded since. */
    @Transactional
    public Optional<EvaluationRun> upToDate() {
        return runs.currentRun()
                .filter(run -> run.asOf.equals(today.date()))
                .filter(run -> run.rulesVersion.equals(rules.current().version()))
                .filter(run -> audit.count("at >= ?1 and action in ?2", run.startedAt, CHANGES) == 0);
    }
}
