package org.commitmenttracker.audit;

import java.time.Instant;

/** An audit entry as the API shows it. */
public record AuditEntryView(Long id, Instant at, String principal, AuditEntry.Action action, String targetType,
                             String targetId, String detail) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.at, e.principal, e.action, e.targetType, e.targetId, e.detail);
    }
}
