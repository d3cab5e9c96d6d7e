package org.commitmenttracker.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

/** Records every write with its principal and time, in the transaction of the write itself. */
@ApplicationScoped
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Caller caller;

    public AuditLog(AuditEntryRepository entries, Caller caller) {
        this.entries = entries;
        this.caller = caller;
    }

    /** Records a write by the current caller; joins the caller's transaction, so a rolled-back write leaves no entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry.Action action, String targetType, String targetId, String detail) {
        recordBy(caller.name(), action, targetType, targetId, detail);
    }

    /** Records an attempt that was refused, in a transaction of its own so that it outlives the refusal. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String principal, AuditEntry.Action action, String targetType, String targetId,
                              String detail) {
        recordBy(principal, action, targetType, targetId, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBy(String principal, AuditEntry.Action action, String targetType, String targetId,
                         String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.principal = principal;
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId;
        entry.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
        entries.persist(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        return entries.search(filter, page);
    }
}
