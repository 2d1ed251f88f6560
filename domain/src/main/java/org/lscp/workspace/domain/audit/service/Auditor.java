package org.lscp.workspace.domain.audit.service;

import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.ChangePublisher;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Used by every writing use case: appends who, when, what and before → after, and publishes the change. */
public final class Auditor implements Audit {
    private final AuditLog log;
    private final Clock clock;
    private final ChangePublisher changes;

    public Auditor(AuditLog log, Clock clock) {
        this(log, clock, ChangePublisher.NONE);
    }

    /** Every audited write is also published, so open views can show it (see {@link Audited#subject()}). */
    public Auditor(AuditLog log, Clock clock, ChangePublisher changes) {
        this.log = log;
        this.clock = clock;
        this.changes = changes;
    }

    @Override
    public void created(Actor actor, Audited record) {
        write(actor.partnershipId(), actor.memberId(), actor.name(), AuditAction.CREATED, record, null);
    }

    @Override
    public void changed(Actor actor, AuditAction action, @Nullable String before, Audited after) {
        write(actor.partnershipId(), actor.memberId(), actor.name(), action, after, before);
    }

    /** A write made by the system (provisioning) or by the member about themselves (signing in). */
    @Override
    public void record(PartnershipId partnership, @Nullable MemberId who, String whoName, AuditAction action,
                       Audited record, @Nullable String before) {
        write(partnership, who, whoName, action, record, before);
    }

    /**
     * Optimistic locking: if the record moved on since the member loaded it, say who changed it and when.
     */
    @Override
    public void requireVersion(Actor actor, Audited current, long currentVersion, long expectedVersion, String what) {
        if (currentVersion == expectedVersion) {
            return;
        }
        Optional<AuditEntry> last = log.latestFor(actor.partnershipId(), current.auditType(), current.auditId());
        String by = last.map(e -> " by " + e.actorName()).orElse("");
        throw new ConcurrentChangeException("This " + what + " was changed" + by
                + " while you were editing it. Reload to see the latest version, then make your change again.");
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    private void write(PartnershipId partnership, @Nullable MemberId who, String whoName, AuditAction action,
                       Audited record, @Nullable String before) {
        log.append(new AuditEntry(null, partnership, who, whoName, clock.instant(), action, record.auditType(),
                record.auditId(), before, record.snapshot().toString()));
        changes.publish(new Change(partnership, record.subject(), who));
    }
}
