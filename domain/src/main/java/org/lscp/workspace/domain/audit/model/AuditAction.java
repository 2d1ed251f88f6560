package org.lscp.workspace.domain.audit.model;

/** What kind of write an audit entry records. */
public enum AuditAction {
    CREATED, UPDATED, DEACTIVATED, REACTIVATED, REMOVED, STATUS_CHANGED, SIGNED_IN, ACCOUNT_LOCKED, PASSWORD_CHANGED, PASSWORD_RESET
}
