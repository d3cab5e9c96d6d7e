package org.commitmenttracker.rules;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.rules.facts.Status;

/** One actor's verdict on a commitment whose actors act separately: judged on that actor's own evidence. */
public record PartyDecision(String party, Status status, String rule, String explanation, List<String> evidenceIds,
                            LocalDate nextDue) {
}
