package org.lscp.workspace.domain.frontdoor.model;

import org.lscp.workspace.domain.shared.change.Change;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Snapshot;

/**
 * A raised flag on a contact. It is cleared by the rules when they stop applying (e.g. the decision was revised),
 * or resolved by a manager with a reason; either way it stays in the contact's history.
 */
public record Flag(@Nullable Long id, ContactId contactId, FlagType type, Instant raisedAt,
                   @Nullable Instant resolvedAt, @Nullable String resolvedByName, @Nullable String resolution)
        implements Audited {
    public static final String CLEARED = "Cleared: the rule no longer applies.";

    /** A flag just raised on the contact: open, not yet saved. */
    public static Flag raised(ContactId contact, FlagType type, Instant at) {
        return new Flag(null, contact, type, at, null, null, null);
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public boolean resolvedByManager() {
        return resolvedAt != null && !CLEARED.equals(resolution);
    }

    public Flag resolved(Instant at, String byName, String reason) {
        return new Flag(id, contactId, type, raisedAt, at, byName, reason);
    }

    @Override public String auditType() { return "Flag"; }

    @Override public String subject() { return Change.contact(contactId.value()); }

    @Override public String auditId() { return String.valueOf(id); }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of().with("contact", contactId).with("type", type.label()).with("raised", raisedAt)
                .with("resolved", resolvedAt).with("by", resolvedByName).with("resolution", resolution);
    }
}
