package org.commitmenttracker.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of loading seeds, under {@code tracker.seeds.} */
@ConfigMapping(prefix = "tracker.seeds")
public interface SeedConfig {

    /** The seeds folder, relative to the home. */
    @WithDefault("seeds")
    String folder();

    /** Load seed records whose ids are not stored yet. */
    @WithDefault("true")
    boolean loadOnStart();
}
