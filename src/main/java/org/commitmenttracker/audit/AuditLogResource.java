package org.commitmenttracker.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.commitmenttracker.TrackerConfig;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.http.QueryParser;
import org.commitmenttracker.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who did what: every write with its principal and time. */
@Path("/api/audit-log")
@Tag(name = "Audit log", description = "Every write (sources, commitments, events, evaluations, rule reloads) with "
        + "its principal and time")
public class AuditLogResource {

    private final AuditLog log;
    private final TrackerConfig.Paging paging;

    public AuditLogResource(AuditLog log, TrackerConfig config) {
        this.log = log;
        this.paging = config.paging();
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "List audit entries, newest first")
    public Page<AuditEntryView> list(
            @QueryParam("principal") @Parameter(description = "Who made the write, e.g. anonymous or system") String principal,
            @QueryParam("action") @Parameter(description = "e.g. EVALUATION_RUN, RULES_RELOADED") String action,
            @QueryParam("targetType") @Parameter(description = "source, commitment, event, evaluation or rules") String targetType,
            @QueryParam("targetId") @Parameter(description = "The id of the record written") String targetId,
            @QueryParam("from") @Parameter(description = "Earliest day, YYYY-MM-DD (UTC), inclusive") String from,
            @QueryParam("to") @Parameter(description = "Latest day, YYYY-MM-DD (UTC), inclusive") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParser parser = new QueryParser();
        AuditFilter filter = new AuditFilter(parser.text(principal),
                parser.enumValue("action", action, AuditEntry.Action.class), parser.text(targetType),
                parser.text(targetId), parser.startOfDay("from", from), parser.endOfDay("to", to));
        PageRequest request = parser.page(page, size, paging);
        parser.throwIfInvalid();
        return log.search(filter, request).map(AuditEntryView::of);
    }
}
