package org.commitmenttracker.http;

import java.util.UUID;

/** The shape of record ids, and new ids for records posted without one. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    public static final String MESSAGE = "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit";
    /**
     * The longest topic, event type or party term accepted: a concept id, a label ("UN Security Council", "Republic
     * of Korea") or a code (CAMEO 042); the vocabulary resolves it.
     */
    public static final int TERM_MAX = 100;
    /** The most items a list of terms may hold (parties, topics, event types): beyond it a request is refused. */
    public static final int LIST_MAX = 50;

    private Ids() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
