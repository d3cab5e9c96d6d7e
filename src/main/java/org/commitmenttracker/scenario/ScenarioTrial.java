package org.commitmenttracker.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.TrackerHome;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseTrial;
import org.commitmenttracker.rules.RuleProblem;
import org.commitmenttracker.rules.RuntimeProblems;

/**
 * Runs new rules on every scenario of rules/tests before a reload activates them. Only a rule that throws refuses
 * the reload; a scenario whose expectation is no longer met is the author's to settle (POST /api/rules/test).
 */
@ApplicationScoped
public class ScenarioTrial implements RuleBaseTrial {

    private final TrackerConfig config;
    private final TrackerHome home;

    public ScenarioTrial(TrackerConfig config, TrackerHome home) {
        this.config = config;
        this.home = home;
    }

    @Override
    public List<RuleProblem> tryOut(RuleBase candidate) {
        return RuntimeProblems.ofEachFile(home.resolve(config.rules().folder()).resolve(ScenarioRunner.FOLDER),
                candidate, "the scenario " + ScenarioRunner.FOLDER + "/", file -> {
                    try {
                        ScenarioRunner.run(candidate, file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
