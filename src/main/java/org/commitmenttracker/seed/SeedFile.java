package org.commitmenttracker.seed;

import java.util.List;

import org.commitmenttracker.commitment.CommitmentInput;
import org.commitmenttracker.event.EventInput;
import org.commitmenttracker.source.SourceInput;

/**
 * One file under seeds/: a release and the commitments and events written from it. Commitments default to the
 * release's id and date, events to citing the release; every record needs an id so that loading is idempotent.
 */
public record SeedFile(SourceInput source, List<CommitmentInput> commitments, List<EventInput> events) {

    public SeedFile {
        commitments = commitments == null ? List.of() : commitments;
        events = events == null ? List.of() : events;
    }
}
