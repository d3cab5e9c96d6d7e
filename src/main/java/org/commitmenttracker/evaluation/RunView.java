package org.commitmenttracker.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.commitmenttracker.rules.facts.Status;

/** An evaluation run as the API shows it: what it was for, why it was made, and what it decided. */
public record RunView(Long id, LocalDate asOf, RunPurpose purpose, String reason, Instant startedAt,
                      Instant finishedAt, long durationMillis, String rulesVersion, int commitmentCount,
                      Map<Status, Integer> counts) {

    public static RunView of(EvaluationRun run) {
        return new RunView(run.id, run.asOf, run.purpose, run.reason, run.startedAt, run.finishedAt,
                run.finishedAt.toEpochMilli() - run.startedAt.toEpochMilli(), run.rulesVersion, run.commitmentCount,
                new TreeMap<>(run.counts));
    }
}
