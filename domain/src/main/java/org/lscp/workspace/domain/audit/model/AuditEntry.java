package org.lscp.workspace.domain.audit.model;

import org.lscp.workspace.domain.shared.audit.AuditAction;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * One line of the append-only audit trail: who did what to which record, and its state before and after.
 * {@code actor} is null for changes made by the system itself (provisioning a partnership).
 */
public record AuditEntry(@Nullable Long id, PartnershipId partnershipId, @Nullable MemberId actor, String actorName,
                         Instant at, AuditAction action, String entityType, String entityId,
                         @Nullable String before, @Nullable String after) {
}
