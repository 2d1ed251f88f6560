package org.lscp.workspace.domain.plan.service;

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
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.ValidationException;

/** How other features read the plan, without knowing how it is kept. */
public final class PlanRecordsService implements PlanRecords {
    private final RecommendationRepository recommendations;
    private final ActionRepository actions;
    private final InspectionRepository inspections;

    public PlanRecordsService(RecommendationRepository recommendations, ActionRepository actions,
                              InspectionRepository inspections) {
        this.recommendations = recommendations;
        this.actions = actions;
        this.inspections = inspections;
    }

    @Override
    public Optional<Recommendation> recommendation(PartnershipId partnership, RecommendationId id) {
        return recommendations.find(partnership, id);
    }

    @Override
    public List<Recommendation> recommendations(PartnershipId partnership, PlanFilter filter) {
        return recommendations.find(partnership, filter);
    }

    @Override
    public Map<RecommendationId, ActionTally> tallies(PartnershipId partnership, Collection<RecommendationId> ids,
                                                      LocalDate today, LocalDate soonUntil) {
        return recommendations.tallies(partnership, ids, today, soonUntil);
    }

    @Override
    public List<ImprovementAction> actionsFor(RecommendationId recommendation) {
        return actions.forRecommendation(recommendation);
    }

    @Override
    public List<ProgressUpdate> progressFor(Collection<ActionId> ids) {
        return actions.progressFor(ids);
    }

    @Override
    public List<Inspection> inspections(PartnershipId partnership) {
        return inspections.all(partnership);
    }

    @Override
    public void requireOwn(Actor actor, Set<RecommendationId> ids) {
        for (RecommendationId r : ids) {
            if (recommendations.find(actor.partnershipId(), r).isEmpty()) {
                throw ValidationException.of("recommendations", "Choose recommendations of your own partnership.");
            }
        }
    }
}
