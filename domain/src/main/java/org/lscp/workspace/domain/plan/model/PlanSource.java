package org.lscp.workspace.domain.plan.model;

import java.util.List;

/** An inspection with the recommendations that came from it, as the plan overview groups them. */
public record PlanSource(Inspection inspection, List<RecommendationSummary> recommendations) {
}
