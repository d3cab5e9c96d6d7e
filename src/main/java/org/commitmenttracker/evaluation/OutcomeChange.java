package org.commitmenttracker.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Why one outcome differs from an earlier outcome of the same commitment, in words an auditor can read. */
final class OutcomeChange {

    private OutcomeChange() {
    }

    /** The reasons, in a fixed order: status, evidence, rules version, as-of date, deciding rule. */
    static List<String> reasons(Outcome before, Outcome after) {
        if (before == null) {
            return List.of("first evaluation of this commitment");
        }
        List<String> reasons = new ArrayList<>();
        if (before.status != after.status) {
            reasons.add("status " + before.status + " -> " + after.status);
        }
        List<String> added = new ArrayList<>(after.evidenceIds);
        added.removeAll(before.evidenceIds);
        if (!added.isEmpty()) {
            reasons.add("new evidence: " + String.join(", ", added));
        }
        List<String> dropped = new ArrayList<>(before.evidenceIds);
        dropped.removeAll(after.evidenceIds);
        if (!dropped.isEmpty()) {
            reasons.add("evidence no longer counted: " + String.join(", ", dropped));
        }
        if (!before.rulesVersion.equals(after.rulesVersion)) {
            reasons.add("rules version " + shortVersion(before.rulesVersion) + " -> " + shortVersion(after.rulesVersion));
        }
        if (!before.asOf.equals(after.asOf)) {
            reasons.add("as-of date moved from " + before.asOf + " to " + after.asOf);
        }
        if (!Objects.equals(before.rule, after.rule)) {
            reasons.add("decided by \"" + after.rule + "\" instead of \"" + before.rule + "\"");
        }
        return reasons;
    }

    private static String shortVersion(String version) {
        return version.substring(0, Math.min(12, version.length()));
    }
}
