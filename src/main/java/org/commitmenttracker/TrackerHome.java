package org.commitmenttracker;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The folder that holds rules/, seeds/ and data/: tracker.home (TRACKER_HOME), the working directory unless set.
 * Every relative folder setting resolves against it, so the service behaves the same wherever it is started from.
 */
@ApplicationScoped
public class TrackerHome {

    private final Path home;

    public TrackerHome(TrackerConfig config) {
        this.home = Path.of(config.home()).toAbsolutePath().normalize();
    }

    public Path path() {
        return home;
    }

    /** A folder setting as a path: absolute as given, relative under the home. */
    public Path resolve(String folder) {
        return home.resolve(folder).toAbsolutePath().normalize();
    }
}
