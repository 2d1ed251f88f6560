package org.lscp.workspace.domain.partnership.port.out;

import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.Partnership;

public interface PartnershipRepository {
    Partnership save(Partnership partnership);

    Optional<Partnership> findByName(String name);
}
