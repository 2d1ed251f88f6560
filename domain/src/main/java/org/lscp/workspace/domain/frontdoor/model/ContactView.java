package org.lscp.workspace.domain.frontdoor.model;

import java.util.List;

/** Everything the contact page shows, for a member allowed to see it. */
public record ContactView(Contact contact, String sourceAgencyName, List<ThresholdDecision> decisions,
                          List<Flag> flags, List<AgencyCheck> checks, long contactsIn12Months) {
    public ThresholdDecision current() {
        return decisions.stream().filter(ThresholdDecision::current).findFirst().orElse(null);
    }
}
