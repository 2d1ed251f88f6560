package org.lscp.workspace.domain.plan.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.MemberId;

/** A dated note of progress on an action, with the status it left the action in. */
public record ProgressUpdate(@Nullable Long id, ActionId actionId, Instant at, MemberId by, String byName, String text,
                             ActionStatus status) implements Audited {
    public static final int TEXT_MAX = 4_000;

    @Override public String auditType() { return "Progress update"; }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("action", actionId).with("text", text).with("status", status.label());
    }
}
