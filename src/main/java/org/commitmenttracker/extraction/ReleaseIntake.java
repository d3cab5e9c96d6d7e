package org.commitmenttracker.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.source.SourceInput;
import org.commitmenttracker.source.SourceRepository;
import org.commitmenttracker.source.SourceService;

/**
 * Reads a release file: registers its source when the settings describe a new one, then submits its text as the
 * REST endpoint does. Used by the inbox's releases/ folder and the {@code extract} command.
 */
@ApplicationScoped
public class ReleaseIntake {

    private final SourceService sourceService;
    private final SourceRepository sources;
    private final ReleaseTextService releases;

    public ReleaseIntake(SourceService sourceService, SourceRepository sources, ReleaseTextService releases) {
        this.sourceService = sourceService;
        this.sources = sources;
        this.releases = releases;
    }

    @Transactional
    public ReleaseTextService.Submission submit(ReleaseFile file, String by) {
        ReleaseFile.Settings s = file.settings();
        String sourceId = s.source();
        if (sourceId == null) {
            sourceId = file.newSourceId();
            if (sources.findByIdOptional(sourceId).isEmpty()) {
                if (s.publisher() == null || s.statedOn() == null) {
                    throw new InvalidRequestException("settings", "name an existing source (source: ID) or describe "
                            + "a new one (publisher, statedOn, title) in " + file.fileName() + ReleaseFile.SIDE_FILE
                            + " or in front matter at the top of the file");
                }
                sourceService.persistSource(new SourceInput(sourceId, s.publisher(), s.statedOn(),
                        s.title() == null ? file.fileName() : s.title(), file.fileName(), s.url()));
            }
        }
        return releases.submit(sourceId, file.text(), file.mediaType(), file.fileName(), by);
    }
}
