package org.lscp.workspace.domain.plan.model;

import java.time.Instant;
import org.lscp.workspace.domain.shared.RecommendationId;

/** A recommendation moving along its lifecycle: kept for its history. */
public record StatusChange(RecommendationId recommendationId, Instant at, String byName, RecommendationStatus from,
                           RecommendationStatus to) {
}
