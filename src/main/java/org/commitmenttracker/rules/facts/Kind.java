package org.commitmenttracker.rules.facts;

/** How a commitment is judged. A conditional commitment is judged as its underlying kind once its trigger happens. */
public enum Kind {
    /** Done once, by a deadline. */
    ONE_OFF,
    /** Repeated at a cadence, such as a yearly consultation. */
    RECURRING,
    /** Kept up over time without an end, judged by how recent its last evidence is. */
    ONGOING,
    /** Waits for a trigger event, then is judged as its underlying kind. */
    CONDITIONAL,
    /** One party asks another to act; only the asked party's action counts. */
    REQUEST
}
