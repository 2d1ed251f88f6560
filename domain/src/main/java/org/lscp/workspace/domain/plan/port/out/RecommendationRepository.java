package org.lscp.workspace.domain.plan.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.plan.model.ActionTally;
import org.lscp.workspace.domain.plan.model.PlanFilter;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.StatusChange;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;

public interface RecommendationRepository {
    /** Inserts or updates; a stale version is a ConcurrentChangeException. */
    Recommendation save(Recommendation recommendation);

    Optional<Recommendation> find(PartnershipId partnership, RecommendationId id);

    /** Ordered by inspection (newest first), then number. */
    List<Recommendation> find(PartnershipId partnership, PlanFilter filter);

    boolean numberTaken(InspectionId inspection, int number, @Nullable RecommendationId except);

    /**
     * Action counts per recommendation in one grouped query: overdue means due before {@code today} and not
     * complete; due soon means not complete and due between {@code today} and {@code soonUntil} inclusive.
     */
    Map<RecommendationId, ActionTally> tallies(PartnershipId partnership, Collection<RecommendationId> ids,
                                               LocalDate today, LocalDate soonUntil);

    void recordStatusChange(StatusChange change);

    List<StatusChange> statusChanges(RecommendationId recommendation);
}
