package org.lscp.workspace.domain.plan.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audited;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.model.ActionStatus;
import org.lscp.workspace.domain.plan.model.AddEvidenceCommand;
import org.lscp.workspace.domain.plan.model.EvidenceItem;
import org.lscp.workspace.domain.plan.model.ImprovementAction;
import org.lscp.workspace.domain.plan.model.ProgressUpdate;
import org.lscp.workspace.domain.plan.model.Recommendation;
import org.lscp.workspace.domain.plan.model.RecordProgressCommand;
import org.lscp.workspace.domain.plan.model.SaveActionCommand;
import org.lscp.workspace.domain.plan.port.in.ManageActionsUseCase;
import org.lscp.workspace.domain.plan.port.out.ActionRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierGuard;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.RecommendationId;

public final class ActionService implements ManageActionsUseCase {
    static final String EVIDENCE_FIRST = "Add evidence before marking this action complete.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final ActionRepository actions;
    private final RecommendationRepository recommendations;
    private final PlanRules rules;
    private final Audit auditor;
    private final ChildIdentifierGuard identifiers;

    /** Progress notes and evidence are read by the board chair: they are checked for children's identifiers. */
    public ActionService(ActionRepository actions, RecommendationRepository recommendations, MemberDirectory members,
                         AgencyDirectory agencies, Audit auditor, ChildIdentifierGuard identifiers) {
        this.identifiers = identifiers;
        this.actions = actions;
        this.recommendations = recommendations;
        this.rules = new PlanRules(members, agencies, auditor);
        this.auditor = auditor;
    }

    @Override
    public ImprovementAction add(Actor actor, RecommendationId recommendationId, SaveActionCommand command) {
        Recommendation recommendation = recommendation(actor, recommendationId);
        PlanRules.requireMayPlan(actor, recommendation);
        LocalDate today = rules.today();
        check(actor, command, today, null);
        ImprovementAction saved = actions.save(ImprovementAction.create(actor.partnershipId(), recommendationId,
                command, today));
        auditor.created(actor, saved);
        return saved;
    }

    @Override
    public ImprovementAction update(Actor actor, ActionId id, long expectedVersion, SaveActionCommand command) {
        ImprovementAction current = action(actor, id);
        PlanRules.requireMayUpdate(actor, current, recommendation(actor, current.recommendationId()));
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "action");
        check(actor, command, current.createdOn(), current);
        ImprovementAction saved = actions.save(current.with(command, rules.today()));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public ImprovementAction recordProgress(Actor actor, ActionId id, long expectedVersion,
                                            RecordProgressCommand command) {
        ImprovementAction current = action(actor, id);
        PlanRules.requireMayUpdate(actor, current, recommendation(actor, current.recommendationId()));
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "action");
        requireEvidenceToComplete(current, command.status());
        identifiers.check(actor, "text", command.text());
        ImprovementAction saved = actions.save(current.withStatus(command.status(), rules.today()));
        ProgressUpdate update = actions.addProgress(new ProgressUpdate(null, id, auditor.now(), actor.memberId(),
                actor.name(), command.text(), command.status()));
        auditor.created(actor, Audited.shownOn(update, current.subject()));
        if (saved.status() != current.status()) {
            auditor.changed(actor, AuditAction.STATUS_CHANGED, current.snapshot().toString(), saved);
        }
        return saved;
    }

    @Override
    public EvidenceItem addEvidence(Actor actor, ActionId id, AddEvidenceCommand command) {
        ImprovementAction action = action(actor, id);
        PlanRules.requireMayUpdate(actor, action, recommendation(actor, action.recommendationId()));
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("title", command.title());
        texts.put("summary", command.summary());
        identifiers.check(actor, texts);
        EvidenceItem saved = actions.addEvidence(new EvidenceItem(null, id, command.title(), command.summary(),
                command.link(), command.file(), actor.memberId(), actor.name(), auditor.now()), command.content());
        auditor.created(actor, Audited.shownOn(saved, action.subject()));
        return saved;
    }

    private void check(Actor actor, SaveActionCommand command, LocalDate createdOn, ImprovementAction current) {
        new Check().that(!command.dueDate().isBefore(createdOn), "dueDate",
                "The due date cannot be before the action was created (" + DAY.format(createdOn) + ").").done();
        rules.requireLeadOfficer(actor, "leadOfficer", command.leadOfficer());
        rules.requireOwnAgencies(actor, "contributingAgencies", command.contributingAgencies());
        if (current == null) {
            new Check().that(command.status() != ActionStatus.COMPLETE, "status", EVIDENCE_FIRST).done();
        } else {
            requireEvidenceToComplete(current, command.status());
        }
    }

    private void requireEvidenceToComplete(ImprovementAction current, ActionStatus next) {
        if (next == ActionStatus.COMPLETE && !current.complete()) {
            new Check().that(actions.evidenceCount(current.requireId()) > 0, "status", EVIDENCE_FIRST).done();
        }
    }

    private ImprovementAction action(Actor actor, ActionId id) {
        return actions.find(actor.partnershipId(), id).orElseThrow(() -> new NotFoundException("Action not found."));
    }

    private Recommendation recommendation(Actor actor, RecommendationId id) {
        return recommendations.find(actor.partnershipId(), id)
                .orElseThrow(() -> new NotFoundException("Recommendation not found."));
    }
}
