package org.commitmenttracker.rules.facts;

import java.time.Period;

/** Windows that rule authors tune in rules/parameters.yaml. */
public final class Parameters {

    private final Period dueSoonWindow;
    private final Period defaultReviewWindow;

    public Parameters(Period dueSoonWindow, Period defaultReviewWindow) {
        this.dueSoonWindow = dueSoonWindow;
        this.defaultReviewWindow = defaultReviewWindow;
    }

    /** How long before a deadline a commitment without evidence counts as due soon. */
    public Period getDueSoonWindow() {
        return dueSoonWindow;
    }

    /** How recent the last evidence of an ongoing commitment must be when the commitment names no window. */
    public Period getDefaultReviewWindow() {
        return defaultReviewWindow;
    }

    @Override
    public String toString() {
        return "due soon within " + dueSoonWindow + ", default review window " + defaultReviewWindow;
    }
}
