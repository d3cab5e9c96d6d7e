package org.commitmenttracker.trigger;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.evaluation.TriggersMet;
import org.commitmenttracker.rules.facts.TriggerRecord;

/** Staff's records of triggers met as evaluation reads them. */
@ApplicationScoped
class StoredTriggersMet implements TriggersMet {

    private final TriggerMetRepository records;

    StoredTriggersMet(TriggerMetRepository records) {
        this.records = records;
    }

    @Override
    public Map<String, TriggerRecord> latestByCommitment() {
        Map<String, TriggerRecord> latest = new HashMap<>();
        records.latestByCommitment().forEach((id, r) -> latest.put(id, new TriggerRecord(r.metOn, r.citation)));
        return latest;
    }
}
