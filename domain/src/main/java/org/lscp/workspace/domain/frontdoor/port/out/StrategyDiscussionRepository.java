package org.lscp.workspace.domain.frontdoor.port.out;

import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Strategy discussions with their invitations, outcome and conference; always scoped to one partnership. */
public interface StrategyDiscussionRepository {
    /** Saves a new discussion and its invitations; it comes back with its id and version 0. */
    StrategyDiscussion insert(StrategyDiscussion discussion);

    /** Saves what was recorded since; fails with a ConcurrentChangeException if the version moved on. */
    StrategyDiscussion save(StrategyDiscussion discussion);

    Optional<StrategyDiscussion> find(PartnershipId partnership, long id);

    /** The contact's latest strategy discussion (by when it was held), if any. */
    Optional<StrategyDiscussion> latestFor(PartnershipId partnership, ContactId contact);
}
