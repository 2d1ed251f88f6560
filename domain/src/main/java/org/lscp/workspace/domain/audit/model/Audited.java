package org.lscp.workspace.domain.audit.model;

/** A record whose state is written to the audit trail on every change. */
public interface Audited {
    /** The type shown in the audit trail, e.g. "Agency". */
    String auditType();

    /** The record's id as text. */
    String auditId();

    Snapshot snapshot();

    /** What an open view shows this record under, for live updates (e.g. a decision is shown on its contact). */
    default String subject() {
        return auditType() + ":" + auditId();
    }
}
