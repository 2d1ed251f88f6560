package org.lscp.workspace.domain.frontdoor.port.out;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface FlagRepository {
    Flag save(Flag flag);

    Optional<Flag> find(PartnershipId partnership, long id);

    /** Oldest first. */
    List<Flag> forContact(ContactId contact);

    /** Open flags of the partnership, oldest first, optionally of one type. */
    List<Flag> open(PartnershipId partnership, @Nullable FlagType type, PageRequest page);
}
