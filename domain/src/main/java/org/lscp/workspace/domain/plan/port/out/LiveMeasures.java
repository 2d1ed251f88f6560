package org.lscp.workspace.domain.plan.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lscp.workspace.domain.plan.model.MeasureStanding;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * Where each recommendation's success measures stand over the twelve months to {@code now}, counted from the
 * agencies' records (the board computes them): one standing per success measure, in the plan's order.
 */
@FunctionalInterface
public interface LiveMeasures {
    Map<RecommendationId, List<MeasureStanding>> standings(PartnershipId partnership, List<Recommendation> recommendations,
                                                           Instant now);
}
