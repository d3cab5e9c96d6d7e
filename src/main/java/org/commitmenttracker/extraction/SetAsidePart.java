package org.commitmenttracker.extraction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stretch of a release's text that extraction did not read, by offsets into the stored text, and why. */
@Embeddable
public class SetAsidePart {

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, length = 500)
    public String reason;

    static SetAsidePart of(Blocks.SetAside part) {
        SetAsidePart stored = new SetAsidePart();
        stored.start = part.span().start();
        stored.end = part.span().end();
        stored.reason = part.reason().length() > 500 ? part.reason().substring(0, 497) + "..." : part.reason();
        return stored;
    }
}
