package org.lscp.workspace.domain.frontdoor.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface CheckRepository {
    AgencyCheck save(AgencyCheck check);

    Optional<AgencyCheck> find(PartnershipId partnership, long id);

    List<AgencyCheck> forContact(ContactId contact);

    /** Unanswered checks asked of the agency, soonest due first. */
    List<AgencyCheck> openFor(PartnershipId partnership, AgencyId agency);
}
