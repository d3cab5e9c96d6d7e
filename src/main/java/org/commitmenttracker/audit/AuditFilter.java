package org.commitmenttracker.audit;

import java.time.Instant;

/** Which audit entries to list; null fields do not filter. Times are inclusive. */
public record AuditFilter(String principal, AuditEntry.Action action, String targetType, String targetId,
                          Instant from, Instant to) {
}
