package org.lscp.workspace.domain.partnership.port.in;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PartnershipId;

/**
 * The partnership's agencies as another feature reads them (to name an agency, or to know what kind it is). It takes
 * no actor: the calling use case has already checked its caller, and every lookup is scoped to that caller's
 * partnership. Members manage agencies through {@link ManageAgenciesUseCase}.
 */
public interface AgencyDirectory {
    Optional<Agency> find(PartnershipId partnership, AgencyId id);

    /** All of the partnership's agencies, by name. */
    List<Agency> all(PartnershipId partnership);
}
