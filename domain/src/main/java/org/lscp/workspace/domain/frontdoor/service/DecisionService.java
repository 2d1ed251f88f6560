package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import java.util.List;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.port.in.DecideUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactMeasures;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Text;

/**
 * Threshold decisions: a manager decides or revises (the previous decision kept, superseded), another oversees; the
 * recorder hears of the decision, and flags and the board's measures follow.
 */
public final class DecisionService implements DecideUseCase {
    private final ContactRepository contacts;
    private final DecisionRepository decisions;
    private final CheckRepository checks;
    private final PlanRecords plan;
    private final WorkingCalendars holidays;
    private final Audit auditor;
    private final Notifier notifier;
    private final FlagKeeper keeper;
    private final ContactMeasures measures;

    public DecisionService(ContactRepository contacts, DecisionRepository decisions, CheckRepository checks,
                           PlanRecords plan, WorkingCalendars holidays, Audit auditor,
                           Notifier notifier, FlagKeeper keeper, ContactMeasures measures) {
        this.contacts = contacts;
        this.decisions = decisions;
        this.checks = checks;
        this.plan = plan;
        this.holidays = holidays;
        this.auditor = auditor;
        this.notifier = notifier;
        this.keeper = keeper;
        this.measures = measures;
    }

    @Override
    public ThresholdDecision decide(Actor actor, ContactId id, long expectedVersion, RecordDecisionCommand command) {
        ContactAccess.requireDecides(actor);
        Contact current = Contacts.require(contacts, actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "contact");
        plan.requireOwn(actor, command.recommendations());
        Instant now = auditor.now();
        List<ThresholdDecision> history = decisions.forContact(id);
        Long supersedes = null;
        for (ThresholdDecision d : history) {
            if (d.current()) {
                decisions.save(d.superseded());
                supersedes = d.id();
            }
        }
        ThresholdDecision saved = decisions.save(ThresholdDecision.made(id, command.level(), command.rationale(),
                command.nextStep(), command.strategyDiscussionDate(), command.cpMedicalConsidered(), actor.memberId(),
                actor.name(), now, supersedes));
        decisions.linkRecommendations(saved.id(), command.recommendations());
        Contact decided = contacts.save(current.markedDecided());
        auditor.created(actor, saved);
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), decided);
        keeper.reconcile(actor.partnershipId(), decided, now, holidays.calendar(actor.partnershipId()));
        measures.changed(id);
        List<AgencyId> checked = checks.forContact(id).stream().map(AgencyCheck::agency).toList();
        if (!decided.submittedBy().equals(actor.memberId())) {
            notifier.notify(actor.partnershipId(), Recipients.member(decided.submittedBy(),
                    member -> ContactAccess.maySee(member, decided, checked)), actor.name() + " decided on contact "
                            + decided.reference() + ", which you recorded: " + command.level().label() + ".",
                    decided.subject());
        }
        return saved;
    }

    @Override
    public ThresholdDecision oversee(Actor actor, long decisionId, String comment) {
        ContactAccess.requireDecides(actor);
        ThresholdDecision decision = decisions.find(decisionId)
                .orElseThrow(() -> new NotFoundException("Decision not found."));
        Contact contact = Contacts.require(contacts, actor, decision.contactId());
        new Check().longText("comment", comment, "your oversight comment", 4_000)
                .that(decision.current(), "comment", "This decision has been revised: oversee the current one.")
                .that(!decision.hasOversight(), "comment", "This decision already has management oversight.")
                .that(!decision.decidedBy().equals(actor.memberId()), "comment",
                        "Oversight must come from a manager other than the one who made the decision.")
                .done();
        Instant now = auditor.now();
        ThresholdDecision saved = decisions.save(decision.overseen(actor.memberId(), actor.name(), now, Text.block(comment)));
        auditor.changed(actor, AuditAction.UPDATED, decision.snapshot().toString(), saved);
        keeper.reconcile(actor.partnershipId(), contact, now, holidays.calendar(actor.partnershipId()));
        measures.changed(contact.requireId());
        return saved;
    }
}
