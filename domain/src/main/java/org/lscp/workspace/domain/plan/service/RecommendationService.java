package org.lscp.workspace.domain.plan.service;

import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import java.util.List;
import org.lscp.workspace.domain.plan.model.CatalogueEntry;
import org.lscp.workspace.domain.plan.model.MeasureRef;
import org.lscp.workspace.domain.plan.model.PlanPermissions;
import org.lscp.workspace.domain.plan.port.out.MeasureCatalogue;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecommendationStatus;
import org.lscp.workspace.domain.plan.model.SaveRecommendationCommand;
import org.lscp.workspace.domain.plan.model.StatusChange;
import org.lscp.workspace.domain.plan.port.in.ManageRecommendationsUseCase;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

public final class RecommendationService implements ManageRecommendationsUseCase {
    private final RecommendationRepository recommendations;
    private final InspectionRepository inspections;
    private final PlanRules rules;
    private final MeasureCatalogue catalogue;
    private final Audit auditor;

    public RecommendationService(RecommendationRepository recommendations, InspectionRepository inspections,
                                 MemberDirectory members, AgencyDirectory agencies, MeasureCatalogue catalogue,
                                 Audit auditor) {
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.inspections = inspections;
        this.rules = new PlanRules(members, agencies, auditor);
        this.auditor = auditor;
    }

    @Override
    public Recommendation create(Actor actor, SaveRecommendationCommand command) {
        org.lscp.workspace.domain.plan.model.PlanPermissions.requireManagesThePlan(actor);
        check(actor, command, null);
        Recommendation saved = recommendations.save(Recommendation.create(actor.partnershipId(), command));
        auditor.created(actor, saved);
        return saved;
    }

    @Override
    public Recommendation update(Actor actor, RecommendationId id, long expectedVersion,
                                 SaveRecommendationCommand command) {
        org.lscp.workspace.domain.plan.model.PlanPermissions.requireManagesThePlan(actor);
        Recommendation current = get(actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "recommendation");
        check(actor, command, id);
        Recommendation saved = recommendations.save(current.with(command));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public Recommendation changeStatus(Actor actor, RecommendationId id, long expectedVersion,
                                       RecommendationStatus target) {
        Recommendation current = get(actor, id);
        if (!PlanPermissions.mayMove(actor, current, target)) {
            throw new NotAuthorisedException(PlanPermissions.mayMove(boardChair(actor), current, target)
                    ? "Only a board chair or a partnership admin can judge the evidence: mark a recommendation "
                    + "assured or closed, or send it back to in progress."
                    : "Only the recommendation's lead officer or a partnership admin can move it forward.");
        }
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "recommendation");
        Recommendation saved = recommendations.save(current.movedTo(target));
        recommendations.recordStatusChange(new StatusChange(id, auditor.now(), actor.name(), current.status(), target));
        auditor.changed(actor, AuditAction.STATUS_CHANGED, current.snapshot().toString(), saved);
        return saved;
    }

    /** The same member as a board chair: used to tell which of the two refusals applies. */
    private static Actor boardChair(Actor actor) {
        return new Actor(actor.memberId(), actor.name(), actor.partnershipId(), actor.partnershipName(),
                actor.agencyId(), actor.agencyName(), java.util.Set.of(Role.BOARD_CHAIR));
    }

    private Recommendation get(Actor actor, RecommendationId id) {
        return recommendations.find(actor.partnershipId(), id)
                .orElseThrow(() -> new NotFoundException("Recommendation not found."));
    }

    private void check(Actor actor, SaveRecommendationCommand command, RecommendationId except) {
        if (inspections.find(actor.partnershipId(), command.inspectionId()).isEmpty()) {
            throw ValidationException.of("inspection", "Choose one of your partnership's inspections or reviews.");
        }
        rules.requireLeadOfficer(actor, "leadOfficer", command.leadOfficer());
        rules.requireOwnAgencies(actor, "sharedWith", command.sharedWith());
        if (recommendations.numberTaken(command.inspectionId(), command.number(), except)) {
            throw ValidationException.of("number", SaveRecommendationCommand.numberTaken(command.number()));
        }
        if (!command.successMeasures().isEmpty()) {
            java.util.Set<MeasureRef> known = catalogue.entries(actor.partnershipId()).stream()
                    .map(CatalogueEntry::ref).collect(java.util.stream.Collectors.toSet());
            Check check = new Check();
            for (int i = 0; i < command.successMeasures().size(); i++) {
                check.that(known.contains(command.successMeasures().get(i).ref()),
                        SaveRecommendationCommand.field(i, "measure"), "Choose the measure from the catalogue.");
            }
            check.done();
        }
    }

    @Override
    public List<CatalogueEntry> catalogue(Actor actor) {
        PlanPermissions.requireManagesThePlan(actor);
        return catalogue.entries(actor.partnershipId());
    }
}
