package org.lscp.workspace.domain.partnership.port.out;

import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.Partnership;

public interface PartnershipRepository {
    Partnership save(Partnership partnership);

    Optional<Partnership> findByName(String name);

    /** Every partnership, for system jobs that run across them (e.g. the flag sweep). */
    java.util.List<org.lscp.workspace.domain.shared.PartnershipId> ids();
}
