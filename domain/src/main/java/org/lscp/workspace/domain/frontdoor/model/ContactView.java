package org.lscp.workspace.domain.frontdoor.model;

import java.util.List;

/**
 * Everything the contact page shows, for a member allowed to see it; {@code emergencyDuty}: a RED contact out of
 * hours, for the emergency duty team.
 */
public record ContactView(Contact contact, String sourceAgencyName, List<ThresholdDecision> decisions,
                          List<Flag> flags, List<AgencyCheck> checks, long contactsIn12Months, boolean emergencyDuty) {
    public ThresholdDecision current() {
        return decisions.stream().filter(ThresholdDecision::current).findFirst().orElse(null);
    }
}
