package org.commitmenttracker;

import java.nio.file.Path;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.seed.SeedLoader;
import org.commitmenttracker.seed.SeedReport;
import org.commitmenttracker.security.UserSync;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** What happens at start, in order: store the configured users, compile the rules, load the seeds, evaluate. */
@ApplicationScoped
public class Startup {

    private final TrackerConfig config;
    private final ActiveRules rules;
    private final SeedLoader seeds;
    private final EvaluationService evaluation;
    private final UserSync users;

    public Startup(TrackerConfig config, ActiveRules rules, SeedLoader seeds, EvaluationService evaluation,
                   UserSync users) {
        this.users = users;
        this.config = config;
        this.rules = rules;
        this.seeds = seeds;
        this.evaluation = evaluation;
    }

    void onStart(@Observes StartupEvent event) {
        users.syncFromConfiguration();
        rules.reload(Caller.SYSTEM);
        if (config.seeds().loadOnStart()) {
            Path folder = Path.of(config.seeds().folder()).toAbsolutePath().normalize();
            SeedReport report = seeds.load(folder);
            Log.infof("Seeds from %s: %d files, added %d sources, %d commitments, %d events; %d already stored",
                    folder, report.files(), report.sourcesAdded(), report.commitmentsAdded(), report.eventsAdded(),
                    report.skipped());
        }
        if (config.evaluation().onStart()) {
            EvaluationRun run = evaluation.evaluate(evaluation.today());
            Log.infof("Evaluated %d commitments as of %s with rules %s in %d ms (run %d): %s", run.commitmentCount,
                    run.asOf, run.rulesVersion.substring(0, 12),
                    run.finishedAt.toEpochMilli() - run.startedAt.toEpochMilli(), run.id,
                    run.counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                            .collect(Collectors.joining(", ")));
        }
    }
}
