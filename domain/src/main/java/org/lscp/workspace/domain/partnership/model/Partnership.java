package org.lscp.workspace.domain.partnership.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.PartnershipId;

/** A local safeguarding children partnership: the tenant that owns all of its data. */
public record Partnership(@Nullable PartnershipId id, String name, String localAuthority) {
}
