package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the strategy discussion decided: the section 47 enquiry (or why none), any immediate safety action, the
 * rationale, and the child protection medical — needed and arranged for a day, or why not.
 */
public record DiscussionOutcome(SectionFortySeven enquiry, @Nullable String noEnquiryReason,
                                @Nullable String immediateSafetyAction, String rationale, boolean medicalNeeded,
                                @Nullable LocalDate medicalArrangedFor, @Nullable String noMedicalReason) {
}
