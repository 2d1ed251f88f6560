package org.lscp.workspace.domain.frontdoor.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * Everything the contact page shows, for a member allowed to see it; {@code emergencyDuty}: a RED contact out of
 * hours, for the emergency duty team; {@code discussion}: its latest strategy discussion, if one was held;
 * {@code discussionDue} when a strategy discussion is due (null: the decision calls for none), {@code conferenceDue}
 * when the conference is (null: no section 47 enquiry).
 */
public record ContactView(Contact contact, String sourceAgencyName, List<ThresholdDecision> decisions,
                          List<Flag> flags, List<AgencyCheck> checks, long contactsIn12Months, boolean emergencyDuty,
                          @Nullable StrategyDiscussion discussion, @Nullable Instant discussionDue,
                          @Nullable Instant conferenceDue) {
    public ThresholdDecision current() {
        return decisions.stream().filter(ThresholdDecision::current).findFirst().orElse(null);
    }
}
