package org.commitmenttracker.extraction;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A release's stored text and the candidates read from it. */
public record ReleaseTextView(long id, String sourceId, String sha256, String mediaType, String fileName,
                              String rulesVersion, String submittedBy, Instant submittedAt,
                              @Schema(description = "The text as read (HTML cleaned); candidates' offsets point "
                                      + "into it") String text,
                              List<CandidateView> candidates) {

    static ReleaseTextView of(ReleaseText r, List<CandidateView> candidates) {
        return new ReleaseTextView(r.id, r.sourceId, r.sha256, r.mediaType, r.fileName, r.rulesVersion,
                r.submittedBy, r.submittedAt, r.content, candidates);
    }
}
