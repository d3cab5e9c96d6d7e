package org.commitmenttracker.seed;

/** What one load of the seeds folder did: records added, and records skipped because their id was already stored. */
public record SeedReport(int files, int sourcesAdded, int commitmentsAdded, int eventsAdded, int skipped) {

    SeedReport plus(SeedReport other) {
        return new SeedReport(files + other.files, sourcesAdded + other.sourcesAdded,
                commitmentsAdded + other.commitmentsAdded, eventsAdded + other.eventsAdded, skipped + other.skipped);
    }
}
