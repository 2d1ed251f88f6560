package org.lscp.workspace.domain.shared.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * The trail every write leaves, and the one clock the rules read: part of the shared kernel, because every feature's
 * use cases write through it (who, when, what, before → after) and every feature's records are {@link Audited}. The
 * audit feature implements it ({@code Auditor}) and keeps the trail; the other features never see how.
 */
public interface Audit {
    /** Who "did" a write the workspace made on its own (provisioning, the minute sweep). */
    String SYSTEM = "System";

    void created(Actor actor, Audited record);

    void changed(Actor actor, AuditAction action, @Nullable String before, Audited after);

    /** A write made by the system (provisioning) or by the member about themselves (signing in). */
    void record(PartnershipId partnership, @Nullable MemberId who, String whoName, AuditAction action,
                Audited record, @Nullable String before);

    /**
     * Optimistic locking: if the record moved on since the member loaded it, say who changed it and when.
     * @throws org.lscp.workspace.domain.shared.ConcurrentChangeException when {@code currentVersion} moved on
     */
    void requireVersion(Actor actor, Audited current, long currentVersion, long expectedVersion, String what);

    /** Now, by the injected clock. */
    Instant now();
}
