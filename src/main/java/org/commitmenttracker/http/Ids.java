package org.commitmenttracker.http;

import java.util.UUID;

/** The shape of record ids, and new ids for records posted without one. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    public static final String MESSAGE = "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit";
    /** Actor codes: ISO 3166 alpha-3 (KOR, IND) or an organisation code (UN, WHO, EU). */
    public static final String PARTY = "[A-Z][A-Z0-9]{1,11}";
    public static final String PARTY_MESSAGE = "must be an upper-case code such as KOR, IND or UN";
    /** Topics and event types: lower-case words joined by '-'. */
    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String SLUG_MESSAGE = "must be lower-case words joined by '-', such as defence-industry";

    private Ids() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
