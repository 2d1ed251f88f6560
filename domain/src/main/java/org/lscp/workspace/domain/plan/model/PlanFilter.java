package org.lscp.workspace.domain.plan.model;

import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;

/** Plan overview filters: each is optional. {@code agency} matches recommendations shared with it. */
public record PlanFilter(@Nullable Theme theme, @Nullable AgencyId agency, @Nullable RecommendationStatus status,
                         @Nullable MemberId lead) {
    public static final PlanFilter NONE = new PlanFilter(null, null, null, null);
}
