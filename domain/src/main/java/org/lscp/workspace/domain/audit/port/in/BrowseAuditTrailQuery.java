package org.lscp.workspace.domain.audit.port.in;

import java.util.List;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PageRequest;

/** PARTNERSHIP_ADMIN browses their partnership's audit trail, newest first. */
public interface BrowseAuditTrailQuery {
    List<AuditEntry> list(Actor actor, AuditFilter filter, PageRequest page);

    long count(Actor actor, AuditFilter filter);
}
