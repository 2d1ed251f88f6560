package org.lscp.workspace.domain.partnership.port.out;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;

/** Agencies, always scoped to one partnership. */
public interface AgencyRepository {
    /** Inserts or updates; fails with a ConcurrentChangeException if the version moved on. */
    Agency save(Agency agency);

    Optional<Agency> find(PartnershipId partnership, AgencyId id);

    /** Case-insensitive; {@code except} is the agency being edited. */
    boolean nameTaken(PartnershipId partnership, String name, @Nullable AgencyId except);

    /** Sorted by name. */
    List<Agency> find(PartnershipId partnership, AgencyFilter filter, PageRequest page);

    long count(PartnershipId partnership, AgencyFilter filter);
}
