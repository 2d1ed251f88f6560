package org.lscp.workspace.domain.caseaudit.model;

import java.time.Instant;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;

/** One agency's part of a case audit: what it knew of the child, what it did, good practice, what should improve. */
public record AgencySection(long caseId, AgencyId agency, String knew, String did, String goodPractice,
                            String toImprove, MemberId by, String byName, Instant at) {
}
