package org.commitmenttracker.evaluation;

import java.util.Map;

import org.commitmenttracker.rules.facts.TriggerRecord;

/** Staff's records of conditions met. Owned by evaluation, implemented by the trigger feature. */
public interface TriggersMet {

    /** The latest record of each commitment whose trigger was recorded as met, by commitment id. */
    Map<String, TriggerRecord> latestByCommitment();
}
