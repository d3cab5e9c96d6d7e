package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.facts.Status;

/**
 * What an evaluation would decide, without anything stored, and its impact against the current run (null before the
 * first current run).
 */
public record DryRunView(LocalDate asOf, String rulesVersion, int commitmentCount, Map<Status, Integer> counts,
                         RuleImpact impact, List<Decision> outcomes) {
}
