package org.commitmenttracker.feed;

/** What a feed reads. */
public enum FeedKind {
    /**
     * GDELT 2.0's events exports: the feed's URL is a {@code lastupdate.txt} (GDELT's own, or a mirror's), whose lines
     * name the newest files with their size and MD5; each new events export is fetched, checked, filtered to the
     * feed's parties and CAMEO roots, and imported.
     */
    GDELT_EVENTS,
    /**
     * An RSS feed of releases (a ministry's press releases): each new entry's page is fetched, registered as a source
     * and read for candidates.
     */
    RSS,
    /** An Atom feed of releases, read as RSS is (either format is accepted under either kind). */
    ATOM;

    boolean readsReleases() {
        return this == RSS || this == ATOM;
    }
}
