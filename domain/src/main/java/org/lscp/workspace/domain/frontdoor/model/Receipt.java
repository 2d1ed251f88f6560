package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;

/**
 * How a contact reached the front door: when, from whom and by what means, and which member recorded it. Its
 * {@code source} is the Annex A source code, always known; {@code sourceAgency} is the partner agency it came from, null
 * when it came from none (a relative, an acquaintance, the child, another local authority, anonymous or unknown, or a
 * kind of agency the partnership does not have): an agency is never invented.
 */
public record Receipt(Instant at, @Nullable AgencyId sourceAgency, ContactSource source, String referrer,
                      Channel channel, MemberId submittedBy) {
}
