package org.lscp.workspace.domain.plan.port.in;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

/**
 * The improvement plan as other features read it: the front door and escalations file their records against
 * recommendations, and the board reports on the plan. It takes no actor for reading (the calling use case has checked
 * its caller, and every lookup is scoped to a partnership); members change the plan through the plan's own use cases.
 */
public interface PlanRecords {
    Optional<Recommendation> recommendation(PartnershipId partnership, RecommendationId id);

    List<Recommendation> recommendations(PartnershipId partnership, PlanFilter filter);

    /**
     * The actions of each recommendation, counted: complete, overdue (not complete and due before {@code today}),
     * due soon (not complete and due between {@code today} and {@code soonUntil} inclusive).
     */
    Map<RecommendationId, ActionTally> tallies(PartnershipId partnership, Collection<RecommendationId> ids,
                                               LocalDate today, LocalDate soonUntil);

    List<ImprovementAction> actionsFor(RecommendationId recommendation);

    List<ProgressUpdate> progressFor(Collection<ActionId> actions);

    List<Inspection> inspections(PartnershipId partnership);

    /** Records are only ever filed against the member's own partnership's recommendations. */
    void requireOwn(Actor actor, Set<RecommendationId> ids);
}
