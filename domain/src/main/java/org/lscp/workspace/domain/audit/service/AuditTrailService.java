package org.lscp.workspace.domain.audit.service;

import java.util.List;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.audit.port.in.BrowseAuditTrailQuery;
import org.lscp.workspace.domain.audit.port.out.AuditLog;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;

public final class AuditTrailService implements BrowseAuditTrailQuery {
    private final AuditLog log;

    public AuditTrailService(AuditLog log) {
        this.log = log;
    }

    @Override
    public List<AuditEntry> list(Actor actor, AuditFilter filter, PageRequest page) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return log.find(actor.partnershipId(), filter, page);
    }

    @Override
    public long count(Actor actor, AuditFilter filter) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        return log.count(actor.partnershipId(), filter);
    }
}
