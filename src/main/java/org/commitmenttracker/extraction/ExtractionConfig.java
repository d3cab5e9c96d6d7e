package org.commitmenttracker.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of reading releases, under {@code tracker.extraction.} */
@ConfigMapping(prefix = "tracker.extraction")
public interface ExtractionConfig {

    /** The longest release text read, in characters once HTML is cleaned (at most 1,000,000, the column's size). */
    @WithDefault("500000")
    int maxCharacters();
}
