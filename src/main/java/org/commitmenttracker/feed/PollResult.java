package org.commitmenttracker.feed;

/**
 * What one poll found: how many items the source listed, how many were new to the feed, how many of those failed
 * (the first failure's reason), and the validators to send next time (null to send none).
 */
record PollResult(long seen, long added, long failed, String firstFailure, String etag, String lastModified) {

    static PollResult notModified(String etag, String lastModified) {
        return new PollResult(0, 0, 0, null, etag, lastModified);
    }
}
