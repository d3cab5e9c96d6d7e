package org.commitmenttracker.extraction;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A release's stored text, the candidates read from it, and what was set aside unread (its reading report). */
public record ReleaseTextView(long id, String sourceId, String sha256, String mediaType, String fileName,
                              String rulesVersion, String submittedBy, Instant submittedAt,
                              @Schema(description = "The text as read (HTML cleaned); candidates' offsets point "
                                      + "into it") String text,
                              List<CandidateView> candidates,
                              @Schema(description = "The stretches of the text that were not read for commitments "
                                      + "(headings, menus, datelines, what follows the article's end), with why")
                              List<SetAsideView> setAside) {

    /** A stretch of the text set aside unread: offsets into {@code text}, its words, and why. */
    public record SetAsideView(int start, int end, String text, String reason) {
    }

    static ReleaseTextView of(ReleaseText r, List<CandidateView> candidates) {
        return new ReleaseTextView(r.id, r.sourceId, r.sha256, r.mediaType, r.fileName, r.rulesVersion,
                r.submittedBy, r.submittedAt, r.content, candidates, r.setAside.stream().map(p ->
                        new SetAsideView(p.start, p.end, r.content.substring(p.start, p.end), p.reason)).toList());
    }
}
