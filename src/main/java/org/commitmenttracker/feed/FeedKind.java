package org.commitmenttracker.feed;

/** What a feed reads. */
public enum FeedKind {
    /**
     * GDELT 2.0's events exports: the feed's URL is a {@code lastupdate.txt} (GDELT's own, or a mirror's), whose lines
     * name the newest files with their size and MD5; each new events export is fetched, checked, filtered to the
     * feed's parties and CAMEO roots, and imported.
     */
    GDELT_EVENTS
}
