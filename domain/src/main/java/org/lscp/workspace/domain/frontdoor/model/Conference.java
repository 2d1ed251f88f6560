package org.lscp.workspace.domain.frontdoor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The initial child protection conference after a section 47 enquiry: deemed unnecessary (with the reason), or its
 * date, and whether it resulted in a child protection plan. The case's allocation belongs to the contact.
 */
public record Conference(boolean deemedUnnecessary, @Nullable String unnecessaryReason, @Nullable LocalDate date,
                         @Nullable Boolean resultedInPlan) {
}
