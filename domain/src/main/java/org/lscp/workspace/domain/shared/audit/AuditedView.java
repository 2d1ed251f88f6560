package org.lscp.workspace.domain.shared.audit;

/** A record as the audit trail should describe it, when its own snapshot lacks context (e.g. names of ids). */
public record AuditedView(String auditType, String auditId, Snapshot snapshot) implements Audited {
}
