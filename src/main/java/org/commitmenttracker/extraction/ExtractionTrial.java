package org.commitmenttracker.extraction;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.TrackerHome;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.RuleBaseTrial;
import org.commitmenttracker.rules.RuleProblem;
import org.commitmenttracker.rules.RuntimeProblems;

/**
 * Reads the texts of the extraction scenarios (rules/tests/extraction) with new rules before a reload activates
 * them, so that an extraction rule that throws is refused rather than failing every release sent afterwards.
 */
@ApplicationScoped
public class ExtractionTrial implements RuleBaseTrial {

    private final TrackerConfig config;
    private final TrackerHome home;

    public ExtractionTrial(TrackerConfig config, TrackerHome home) {
        this.config = config;
        this.home = home;
    }

    @Override
    public List<RuleProblem> tryOut(RuleBase candidate) {
        return RuntimeProblems.ofEachFile(home.resolve(config.rules().folder()).resolve(ExtractionScenarios.FOLDER),
                candidate, "the extraction scenario " + ExtractionScenarios.FOLDER + "/",
                file -> ExtractionScenarios.run(candidate, file));
    }
}
