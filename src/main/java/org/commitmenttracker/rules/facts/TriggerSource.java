package org.commitmenttracker.rules.facts;

/** How a conditional commitment's trigger was found met. */
public enum TriggerSource {

    /** Staff recorded, with a citation, the day the condition was met. Outranks what the events suggest. */
    STAFF_RECORD,
    /** An event met the trigger's own criteria. */
    TRIGGER_EVENT,
    /** Evidence of the promised action itself appeared: the parties did what was conditional, so the condition held. */
    PROMISED_ACTION
}
