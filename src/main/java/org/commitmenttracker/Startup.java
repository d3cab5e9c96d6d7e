package org.commitmenttracker;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.commitmenttracker.evaluation.CurrentRunFreshness;
import org.commitmenttracker.evaluation.CurrentRunRefresh;
import org.commitmenttracker.evaluation.EvaluationConfig;
import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.EvaluationService;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.seed.SeedConfig;
import org.commitmenttracker.seed.SeedLoader;
import org.commitmenttracker.seed.SeedReport;
import org.commitmenttracker.security.UserSync;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * What happens at start, in order: store the configured users, compile the rules, load the seeds, evaluate as of
 * today (unless the current run already is: made today with these rules, nothing changed since), then keep that run
 * current as data changes.
 */
@ApplicationScoped
public class Startup {

    private final SeedConfig seedConfig;
    private final EvaluationConfig evaluationConfig;
    private final TrackerHome home;
    private final ActiveRules rules;
    private final SeedLoader seeds;
    private final EvaluationService evaluation;
    private final UserSync users;
    private final CurrentRunRefresh refresh;
    private final CurrentRunFreshness freshness;

    public Startup(SeedConfig seedConfig, EvaluationConfig evaluationConfig, TrackerHome home, ActiveRules rules,
                   SeedLoader seeds, EvaluationService evaluation, UserSync users, CurrentRunRefresh refresh,
                   CurrentRunFreshness freshness) {
        this.freshness = freshness;
        this.refresh = refresh;
        this.users = users;
        this.seedConfig = seedConfig;
        this.evaluationConfig = evaluationConfig;
        this.home = home;
        this.rules = rules;
        this.seeds = seeds;
        this.evaluation = evaluation;
    }

    void onStart(@Observes StartupEvent event) {
        users.syncFromConfiguration();
        rules.reload(Caller.SYSTEM);
        boolean seedsAdded = false;
        if (seedConfig.loadOnStart()) {
            Path folder = home.resolve(seedConfig.folder());
            SeedReport report = seeds.load(folder);
            Log.infof("Seeds from %s: %d files, added %d sources, %d commitments, %d events; %d already stored",
                    folder, report.files(), report.sourcesAdded(), report.commitmentsAdded(), report.eventsAdded(),
                    report.skipped());
            seedsAdded = report.commitmentsAdded() + report.eventsAdded() > 0;
        }
        if (evaluationConfig.onStart()) {
            evaluateUnlessUpToDate(seedsAdded);
        }
        refresh.start();
    }

    /** Evaluates as of today, unless the current run already says what that evaluation would. */
    private void evaluateUnlessUpToDate(boolean seedsAdded) {
        Optional<EvaluationRun> upToDate = seedsAdded ? Optional.empty() : freshness.upToDate();
        if (upToDate.isPresent()) {
            Log.infof("Current run %d (as of today, rules %s) is up to date: nothing changed since it was made",
                    upToDate.get().id, upToDate.get().rulesVersion.substring(0, 12));
        } else {
            evaluation.evaluate(evaluation.today(), "at start");
        }
    }
}
