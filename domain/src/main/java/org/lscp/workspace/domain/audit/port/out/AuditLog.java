package org.lscp.workspace.domain.audit.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** The append-only audit store: there is deliberately no update or delete. */
public interface AuditLog {
    void append(AuditEntry entry);

    /** Newest first. */
    List<AuditEntry> find(PartnershipId partnership, AuditFilter filter, PageRequest page);

    long count(PartnershipId partnership, AuditFilter filter);

    Optional<AuditEntry> latestFor(PartnershipId partnership, String entityType, String entityId);
}
