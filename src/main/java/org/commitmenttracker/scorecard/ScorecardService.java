package org.commitmenttracker.scorecard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.EvaluationRunRepository;
import org.commitmenttracker.evaluation.RunPurpose;
import org.commitmenttracker.evaluation.RunService;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.facts.Parameters;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/**
 * Counts and scores a current run's statuses per group: today's, or the one that was current on a past day. A
 * commitment counts once in each of its groups; by party, a commitment whose actors act separately counts for each
 * actor with that actor's own status. The score of a group is the mean, over its commitments whose status the scale
 * scores, of their scores (the scale is the active rules' rules/parameters.yaml).
 */
@ApplicationScoped
public class ScorecardService {

    private final RunService runs;
    private final EvaluationRunRepository runRecords;
    private final ScorecardCounts counts;
    private final RunTallies tallies;
    private final ActiveRules rules;
    private final Cache windows;

    public ScorecardService(RunService runs, EvaluationRunRepository runRecords, ScorecardCounts counts,
                            RunTallies tallies, ActiveRules rules, @CacheName("scorecard-windows") Cache windows) {
        this.windows = windows;
        this.runs = runs;
        this.runRecords = runRecords;
        this.counts = counts;
        this.tallies = tallies;
        this.rules = rules;
    }

    /**
     * The scorecard of the run current on {@code asOf} (today's when null), of the commitments stated from
     * {@code from} to {@code to} (each optional), of one group only when {@code group} is given; empty when no run
     * was current by then.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScorecardView> scorecard(Grouping by, String group, LocalDate asOf, LocalDate from,
                                             LocalDate to) {
        Optional<EvaluationRun> found = asOf == null ? runs.currentRun() : currentOn(asOf);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EvaluationRun run = found.get();
        ScorecardCounts.Counts counted = from == null && to == null
                ? tallies.of(List.of(run.id), by, group).get(run.id) : windowed(run.id, by, group, from, to);
        Parameters scale = rules.current().parameters();
        return Optional.of(new ScorecardView(by.id(), group, run.asOf, run.id, run.rulesVersion, from, to,
                new EnumMap<>(scale.getScores()), ScorecardItems.of(counted, by, scale)));
    }

    /** Counts within a stated-on window, kept per run (a run never changes) since each reads all its outcomes. */
    private ScorecardCounts.Counts windowed(long runId, Grouping by, String group, LocalDate from, LocalDate to) {
        ScorecardCounts.Counts all = windows.get(new Window(runId, by, from, to), w -> counts.count(runId, by, from,
                to)).await().indefinitely();
        return group == null ? all : all.only(group);
    }

    /** The key of a windowed count. */
    private record Window(long runId, Grouping by, LocalDate from, LocalDate to) {
    }

    /** The last run stored as current as of the day or before it. */
    private Optional<EvaluationRun> currentOn(LocalDate day) {
        return runRecords.find("purpose = ?1 and asOf <= ?2 order by asOf desc, id desc", RunPurpose.CURRENT, day)
                .firstResultOptional();
    }
}
