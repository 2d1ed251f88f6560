package org.lscp.workspace.domain.escalation.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;

/** The disagreement as raised: which agency raised it with which, who and when, and what they said. */
public record Raised(AgencyId raisingAgency, AgencyId respondingAgency, MemberId raisedBy, String raisedByName,
                     Instant raisedAt, String disputed, String outcomeSought, @Nullable String immediateRiskReason) {
    /** The same, with its free text as a reader may see it. */
    public Raised withText(String disputedText, String outcomeSoughtText, @Nullable String immediateRisk) {
        return new Raised(raisingAgency, respondingAgency, raisedBy, raisedByName, raisedAt, disputedText,
                outcomeSoughtText, immediateRisk);
    }
}
