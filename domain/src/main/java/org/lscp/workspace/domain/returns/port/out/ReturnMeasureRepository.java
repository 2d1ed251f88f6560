package org.lscp.workspace.domain.returns.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.returns.model.ReturnMeasure;
import org.lscp.workspace.domain.returns.model.ReturnMeasureId;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface ReturnMeasureRepository {
    /** Inserts (no id) or updates at the measure's version, which it moves on; a stale version is refused. */
    ReturnMeasure save(ReturnMeasure measure);

    Optional<ReturnMeasure> find(PartnershipId partnership, ReturnMeasureId id);

    /** By name. */
    List<ReturnMeasure> all(PartnershipId partnership);
}
