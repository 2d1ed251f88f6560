package org.lscp.workspace.domain.escalation.service;

import org.lscp.workspace.domain.frontdoor.model.DecidedContact;
import org.lscp.workspace.domain.frontdoor.port.in.DecisionRecords;
import org.lscp.workspace.domain.escalation.port.out.DecisionRevisions;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.escalation.model.CurrentStage;
import org.lscp.workspace.domain.escalation.model.Escalation;
import org.lscp.workspace.domain.escalation.model.EscalationAbout;
import org.lscp.workspace.domain.escalation.model.Raised;
import org.lscp.workspace.domain.escalation.model.EscalationEvent;
import org.lscp.workspace.domain.escalation.model.EscalationOutcome;
import org.lscp.workspace.domain.escalation.model.EscalationRules;
import org.lscp.workspace.domain.escalation.model.EscalationStage;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.escalation.model.ResolveEscalationCommand;
import org.lscp.workspace.domain.escalation.port.in.EscalationUseCase;
import org.lscp.workspace.domain.escalation.port.out.EscalationRepository;
import org.lscp.workspace.domain.escalation.port.out.EscalationSettings;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.partnership.port.in.MemberDirectory;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierGuard;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.ValidationException;

/**
 * The board chair reads every escalation: its free text (what is disputed, the outcome sought, the immediate risk,
 * every step's text, the learning) is checked for children's identifiers when saved.
 */
public final class EscalationService implements EscalationUseCase {
    private final EscalationRepository escalations;
    private final EscalationSettings settings;
    private final DecisionRecords decisions;
    private final DecisionRevisions revisions;
    private final MemberDirectory members;
    private final AgencyDirectory agencies;
    private final PlanRecords plan;
    private final WorkingCalendars holidays;
    private final Audit auditor;
    private final Notifier notifier;
    private final ChildIdentifierGuard identifiers;

    /**
     * @param decisions the front door's decisions, which an escalation may dispute
     * @param revisions where a decision changed by an escalation is recorded (the front door's decision use case)
     * @param notifier tells the agency an escalation is raised with (those who may act at its first stage)
     */
    public EscalationService(EscalationRepository escalations, EscalationSettings settings, DecisionRecords decisions,
                             DecisionRevisions revisions, MemberDirectory members, AgencyDirectory agencies,
                             PlanRecords plan, WorkingCalendars holidays, Audit auditor, Notifier notifier,
                             ChildIdentifierGuard identifiers) {
        this.escalations = escalations;
        this.settings = settings;
        this.decisions = decisions;
        this.revisions = revisions;
        this.members = members;
        this.agencies = agencies;
        this.plan = plan;
        this.holidays = holidays;
        this.auditor = auditor;
        this.notifier = notifier;
        this.identifiers = identifiers;
    }

    @Override
    public Escalation raise(Actor actor, RaiseEscalationCommand command) {
        if (!EscalationRules.mayRaise(actor)) {
            throw new NotAuthorisedException("Escalations are raised by practitioners and managers of a partner agency.");
        }
        plan.requireOwn(actor, command.recommendations());
        Contact contact = null;
        Long decisionId = null;
        String childId = command.childCaseId();
        AgencyId with = command.respondingAgency();
        if (command.decisionId() != null) {
            DecidedContact found = decisions.find(actor.partnershipId(), command.decisionId())
                    .filter(d -> d.mayBeSeenBy(actor))
                    .orElseThrow(() -> new NotFoundException("Decision not found, or not one you may see."));
            ThresholdDecision decision = found.decision();
            contact = found.contact();
            if (!decision.current()) {
                throw ValidationException.of("disputed", "This decision has been revised since: escalate the current "
                        + "decision.");
            }
            decisionId = decision.id();
            childId = contact.child().caseSystemId();
            with = members.find(actor.partnershipId(), decision.decidedBy())
                    .orElseThrow(() -> new NotFoundException("The decision maker is not a member of this partnership."))
                    .agencyId();
            Long disputed = decisionId;
            escalations.forContact(actor.partnershipId(), contact.requireId()).stream()
                    .filter(e -> e.open() && disputed.equals(e.decisionId()) && e.raisingAgency().equals(actor.agencyId()))
                    .findFirst().ifPresent(e -> {
                        throw ValidationException.of("disputed", "Your agency already has escalation " + e.reference()
                                + " open about this decision: add to it instead.");
                    });
        } else if (agencies.find(actor.partnershipId(), with).isEmpty()) {
            throw ValidationException.of("respondingAgency", "Choose an agency of your own partnership.");
        }
        EscalationRules.requireRaisedWithAnotherAgency(actor, with, command.decisionId() != null);
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("disputed", command.disputed());
        texts.put("outcomeSought", command.outcomeSought());
        texts.put("immediateRiskReason", command.immediateRiskReason());
        identifiers.check(actor, texts);
        Instant now = auditor.now();
        EscalationStage stage = command.firstStage();
        Instant deadline = settings.escalationTimescales(actor.partnershipId())
                .deadline(stage, now, holidays.calendar(actor.partnershipId()));
        EscalationAbout about = contact == null ? EscalationAbout.aCase(childId)
                : new EscalationAbout(contact.requireId(), contact.reference(), decisionId, childId);
        Escalation saved = escalations.insert(Escalation.raised(actor.partnershipId(), about,
                new Raised(actor.agencyId(), with, actor.memberId(), actor.name(), now, command.disputed(),
                        command.outcomeSought(), command.immediateRiskReason()),
                CurrentStage.begun(stage, now, deadline), command.recommendations()));
        auditor.created(actor, saved);
        String text = command.disputed() + (command.immediateRiskReason() == null ? ""
                : "\nImmediate risk: " + command.immediateRiskReason());
        append(actor, saved, EscalationEvent.Kind.RAISED, text, null, deadline);
        notifier.notify(actor.partnershipId(), Recipients.agency(with, EscalationRules.actsForAgencyAt(stage)),
                actor.agencyName() + " raised escalation " + saved.reference() + " with your agency ("
                        + stage.title() + ", due " + org.lscp.workspace.domain.shared.London.format(deadline) + ").",
                org.lscp.workspace.domain.shared.change.Change.escalation(saved.requireId()));
        return saved;
    }

    @Override
    public Escalation respond(Actor actor, long id, long expectedVersion, boolean agrees, String response) {
        Escalation current = escalation(actor, id, expectedVersion);
        new Check().longText("response", response, "your agency's response", 4_000).done();
        Escalation changed = current.responded(agrees);
        EscalationRules.requireMayRespond(actor, current);
        identifiers.check(actor, "response", Text.block(response));
        Escalation saved = save(actor, current, changed);
        append(actor, saved, EscalationEvent.Kind.RESPONDED, Text.block(response), agrees, null);
        return EscalationRules.shownTo(actor, saved);
    }

    @Override
    public Escalation escalate(Actor actor, long id, long expectedVersion, String reason) {
        Escalation current = escalation(actor, id, expectedVersion);
        new Check().longText("reason", reason, "why it goes to the next stage", 4_000).done();
        Instant now = auditor.now();
        EscalationStage next = current.stage().next().orElse(EscalationStage.PARTNERSHIP);
        Instant deadline = settings.escalationTimescales(actor.partnershipId())
                .deadline(next, now, holidays.calendar(actor.partnershipId()));
        Escalation changed = current.escalated(now, deadline);
        EscalationRules.requireMayEscalate(actor, current);
        identifiers.check(actor, "reason", Text.block(reason));
        Escalation saved = save(actor, current, changed);
        append(actor, saved, EscalationEvent.Kind.ESCALATED, Text.block(reason), null, deadline);
        return EscalationRules.shownTo(actor, saved);
    }

    @Override
    public Escalation resolve(Actor actor, long id, long expectedVersion, ResolveEscalationCommand command) {
        Escalation current = escalation(actor, id, expectedVersion);
        Instant now = auditor.now();
        Set<RecommendationId> recs = new HashSet<>(current.recommendations());
        recs.addAll(command.recommendations());
        Escalation changed = current.withRecommendations(recs)
                .resolved(command.outcome(), command.learning(), now, actor.name(), null);
        EscalationRules.requireMayResolve(actor, current);
        plan.requireOwn(actor, command.recommendations());
        EscalationRules.requireMayCloseAs(actor, current, command.outcome());
        identifiers.check(actor, "learning", command.learning());
        if (command.outcome() == EscalationOutcome.DECISION_CHANGED) {
            DecidedContact disputed = current.decisionId() == null ? null
                    : decisions.find(actor.partnershipId(), current.decisionId()).orElse(null);
            if (current.contactId() != null && disputed != null && !disputed.decision().current()) {
                throw ValidationException.of("outcome", "The disputed decision has been revised since the escalation "
                        + "was raised: look at the contact's current decision, then resolve with \u201cOther "
                        + "outcome\u201d or escalate the new decision.");
            }
            if (current.contactId() == null || current.decisionId() == null) {
                throw ValidationException.of("outcome", "This escalation is about a case, not a recorded decision: "
                        + "choose \u201cOther outcome\u201d and describe what changed.");
            }
            if (disputed == null) {
                throw new NotFoundException("The disputed decision is no longer on record.");
            }
            Contact contact = disputed.contact();
            long revised = revisions.decide(actor, contact.requireId(), contact.version(), command.revisedDecision())
                    .id();
            changed = current.withRecommendations(recs)
                    .resolved(command.outcome(), command.learning(), now, actor.name(), revised);
        }
        Escalation saved = save(actor, current, changed);
        append(actor, saved, EscalationEvent.Kind.RESOLVED, command.outcome().label() + ". " + command.learning(),
                null, null);
        return EscalationRules.shownTo(actor, saved);
    }

    @Override
    public Escalation withdraw(Actor actor, long id, long expectedVersion, String reason) {
        Escalation current = escalation(actor, id, expectedVersion);
        new Check().longText("reason", reason, "why it is withdrawn", 4_000).done();
        Escalation changed = current.withdrawn(auditor.now(), actor.name());
        EscalationRules.requireMayWithdraw(actor, current);
        identifiers.check(actor, "reason", Text.block(reason));
        Escalation saved = save(actor, current, changed);
        append(actor, saved, EscalationEvent.Kind.WITHDRAWN, Text.block(reason), null, null);
        return EscalationRules.shownTo(actor, saved);
    }

    private Escalation escalation(Actor actor, long id, long expectedVersion) {
        Escalation e = escalations.find(actor.partnershipId(), id)
                .filter(found -> EscalationRules.maySee(actor, found))
                .orElseThrow(() -> new NotFoundException("Escalation not found, or not one you may see."));
        auditor.requireVersion(actor, e, e.version(), expectedVersion, "escalation");
        return e;
    }

    private Escalation save(Actor actor, Escalation before, Escalation after) {
        Escalation saved = escalations.save(after);
        auditor.changed(actor, AuditAction.UPDATED, before.snapshot().toString(), saved);
        return saved;
    }

    /** What the caller gets back: without the child's id unless they may see children's records. */
    private void append(Actor actor, Escalation e, EscalationEvent.Kind kind, String text, Boolean agrees,
                        Instant deadline) {
        EscalationEvent event = escalations.append(new EscalationEvent(null, e.requireId(), kind, e.stage(),
                auditor.now(), actor.memberId(), actor.name(), actor.agencyId(), text, agrees, deadline));
        auditor.created(actor, event);
    }
}
