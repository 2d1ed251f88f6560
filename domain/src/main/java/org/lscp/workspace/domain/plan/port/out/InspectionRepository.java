package org.lscp.workspace.domain.plan.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface InspectionRepository {
    /** Inserts or updates; a stale version is a ConcurrentChangeException. */
    Inspection save(Inspection inspection);

    Optional<Inspection> find(PartnershipId partnership, InspectionId id);

    /** Newest first. */
    List<Inspection> all(PartnershipId partnership);
}
