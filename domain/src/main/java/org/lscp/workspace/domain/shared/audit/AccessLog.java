package org.lscp.workspace.domain.shared.audit;

import java.util.List;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Every opening of a child's record, and every refusal; append-only. */
public interface AccessLog {
    void record(AccessLogEntry entry);

    /** Newest first. */
    List<AccessLogEntry> find(PartnershipId partnership, PageRequest page);

    long count(PartnershipId partnership);
}
