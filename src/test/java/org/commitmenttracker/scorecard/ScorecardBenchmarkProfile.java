package org.commitmenttracker.scorecard;

import java.util.HashMap;
import java.util.Map;

import org.commitmenttracker.evaluation.ScaleBenchmarkProfile;

/** The scale benchmark's fresh database, with runs counted when the benchmark says, so that it can time them. */
public class ScorecardBenchmarkProfile extends ScaleBenchmarkProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("tracker.scorecards.tally-after-run", "false");
        return config;
    }
}
