package org.lscp.workspace.domain.frontdoor.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.FlagFilter;
import org.lscp.workspace.domain.frontdoor.model.FlagRow;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

public interface FlagRepository {
    Flag save(Flag flag);

    Optional<Flag> find(PartnershipId partnership, long id);

    /** Oldest first. */
    List<Flag> forContact(ContactId contact);

    /** Open flags of the partnership in the filter at {@code now}, in {@link FlagRow#mostSeriousFirst()} order. */
    List<FlagRow> open(PartnershipId partnership, FlagFilter filter, Instant now, PageRequest page);

    /** How many open flags of each type are in the filter at {@code now}, its type aside (types with none left out). */
    Map<FlagType, Long> openCounts(PartnershipId partnership, FlagFilter filter, Instant now);
}
