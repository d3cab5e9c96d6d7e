package org.commitmenttracker;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.commitmenttracker.evaluation.CurrentRunRefresh;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.seed.SeedLoader;
import org.commitmenttracker.seed.SeedReport;
import org.commitmenttracker.security.UserSync;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * What happens at start, in order: store the configured users, compile the rules, load the seeds, evaluate as of
 * today, then keep that run current as data changes.
 */
@ApplicationScoped
public class Startup {

    private final TrackerConfig config;
    private final TrackerHome home;
    private final ActiveRules rules;
    private final SeedLoader seeds;
    private final EvaluationService evaluation;
    private final UserSync users;
    private final CurrentRunRefresh refresh;

    public Startup(TrackerConfig config, TrackerHome home, ActiveRules rules, SeedLoader seeds, EvaluationService evaluation,
                   UserSync users, CurrentRunRefresh refresh) {
        this.refresh = refresh;
        this.users = users;
        this.config = config;
        this.home = home;
        this.rules = rules;
        this.seeds = seeds;
        this.evaluation = evaluation;
    }

    void onStart(@Observes StartupEvent event) {
        users.syncFromConfiguration();
        rules.reload(Caller.SYSTEM);
        if (config.seeds().loadOnStart()) {
            Path folder = home.resolve(config.seeds().folder());
            SeedReport report = seeds.load(folder);
            Log.infof("Seeds from %s: %d files, added %d sources, %d commitments, %d events; %d already stored",
                    folder, report.files(), report.sourcesAdded(), report.commitmentsAdded(), report.eventsAdded(),
                    report.skipped());
        }
        if (config.evaluation().onStart()) {
            evaluation.evaluate(evaluation.today(), "at start");
        }
        refresh.start();
    }
}
