package org.lscp.workspace.domain.plan.service;

import java.util.List;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.SaveInspectionCommand;
import org.lscp.workspace.domain.plan.port.in.ManageInspectionsUseCase;
import org.lscp.workspace.domain.plan.port.out.InspectionRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.InspectionId;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;

public final class InspectionService implements ManageInspectionsUseCase {
    private final InspectionRepository inspections;
    private final Audit auditor;

    public InspectionService(InspectionRepository inspections, Audit auditor) {
        this.inspections = inspections;
        this.auditor = auditor;
    }

    @Override
    public Inspection create(Actor actor, SaveInspectionCommand command) {
        org.lscp.workspace.domain.plan.model.PlanPermissions.requireManagesThePlan(actor);
        Inspection saved = inspections.save(Inspection.create(actor.partnershipId(), command));
        auditor.created(actor, saved);
        return saved;
    }

    @Override
    public Inspection update(Actor actor, InspectionId id, long expectedVersion, SaveInspectionCommand command) {
        org.lscp.workspace.domain.plan.model.PlanPermissions.requireManagesThePlan(actor);
        Inspection current = get(actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "inspection");
        Inspection saved = inspections.save(current.with(command));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public Inspection get(Actor actor, InspectionId id) {
        return inspections.find(actor.partnershipId(), id)
                .orElseThrow(() -> new NotFoundException("Inspection not found."));
    }

    @Override
    public List<Inspection> list(Actor actor) {
        return inspections.all(actor.partnershipId());
    }
}
