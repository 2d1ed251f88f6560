package org.lscp.workspace.domain.shared.audit;

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

    /** The record as audited, but shown under another record's subject (e.g. a progress update on its action). */
    static Audited shownOn(Audited record, String subject) {
        return new Audited() {
            @Override public String auditType() { return record.auditType(); }

            @Override public String auditId() { return record.auditId(); }

            @Override public Snapshot snapshot() { return record.snapshot(); }

            @Override public String subject() { return subject; }
        };
    }
}
