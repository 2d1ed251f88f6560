package org.lscp.workspace.domain.partnership.port.out;

import java.util.List;
import java.util.Optional;
import org.lscp.workspace.domain.partnership.model.SingleSignOn;
import org.lscp.workspace.domain.partnership.model.SingleSignOnOption;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Each partnership's single sign-on settings; the adapter keeps the client secret encrypted at rest. */
public interface SingleSignOnRepository {
    Optional<SingleSignOn> find(PartnershipId partnership);

    /** Inserts or replaces the partnership's settings. */
    void save(SingleSignOn sso);

    /** The partnerships with single sign-on turned on, with their names, by name. */
    List<SingleSignOnOption> enabled();
}
