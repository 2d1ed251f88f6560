package org.lscp.workspace.domain.partnership.port.in;

import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.ProvisionPartnershipCommand;
import org.lscp.workspace.domain.shared.PartnershipId;

/** On-boards a partnership with its agencies and first members; run by the system, audited as "System". */
public interface ProvisionPartnershipUseCase {
    PartnershipId provision(ProvisionPartnershipCommand command);

    Optional<PartnershipId> findByName(String name);
}
