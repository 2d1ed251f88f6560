package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ConveneDiscussionCommand;
import org.lscp.workspace.domain.frontdoor.model.Invitation;
import org.lscp.workspace.domain.frontdoor.model.ProtectionRules;
import org.lscp.workspace.domain.frontdoor.model.RecordAttendanceCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordConferenceCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordOutcomeCommand;
import org.lscp.workspace.domain.frontdoor.model.StrategyDiscussion;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.port.in.StrategyDiscussionUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.StrategyDiscussionRepository;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.shared.audit.AccessLog;
import org.lscp.workspace.domain.shared.audit.AccessLogEntry;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.shared.audit.AuditAction;

/** Convening a strategy discussion and recording it: each agency its own part, the MASH the outcome and conference. */
public final class DiscussionService implements StrategyDiscussionUseCase {
    static final String NOT_CALLED_FOR = "The contact's current decision does not call for a strategy discussion: "
            + "decide strategy discussion or immediate protection first.";
    private static final String NOT_FOUND = "Strategy discussion not found, or not one you may see.";
    private final StrategyDiscussionRepository discussions;
    private final ContactRepository contacts;
    private final DecisionRepository decisions;
    private final CheckRepository checks;
    private final AgencyDirectory agencies;
    private final AccessLog accessLog;
    private final Audit auditor;
    private final Notifier notifier;
    private final WorkingCalendars holidays;
    private final FlagKeeper keeper;

    public DiscussionService(StrategyDiscussionRepository discussions, ContactRepository contacts,
                             DecisionRepository decisions, CheckRepository checks, AgencyDirectory agencies,
                             AccessLog accessLog, Audit auditor, Notifier notifier, WorkingCalendars holidays,
                             FlagKeeper keeper) {
        this.discussions = discussions;
        this.contacts = contacts;
        this.decisions = decisions;
        this.checks = checks;
        this.agencies = agencies;
        this.accessLog = accessLog;
        this.auditor = auditor;
        this.notifier = notifier;
        this.holidays = holidays;
        this.keeper = keeper;
    }

    @Override
    public StrategyDiscussion convene(Actor actor, ContactId id, long expectedContactVersion,
                                      ConveneDiscussionCommand command) {
        requireLeads(actor);
        Contact contact = Contacts.require(contacts, actor, id);
        if (!maySee(actor, contact, discussions.latestFor(actor.partnershipId(), id).orElse(null))) {
            accessLog.record(AccessLogEntry.of(actor, auditor.now(), "Contact " + contact.reference(), false));
            throw new NotFoundException("Contact not found.");
        }
        auditor.requireVersion(actor, contact, contact.version(), expectedContactVersion, "contact");
        ThresholdDecision current = decisions.forContact(id).stream().filter(ThresholdDecision::current)
                .findFirst().filter(ProtectionRules::callsForADiscussion)
                .orElseThrow(() -> ValidationException.of("heldAt", NOT_CALLED_FOR));
        Instant now = auditor.now();
        command.validate(contact.receivedAt(), now);
        Map<AgencyId, Agency> all = new LinkedHashMap<>();
        for (Agency a : agencies.all(actor.partnershipId())) all.put(a.requireId(), a);
        if (!all.keySet().containsAll(command.alsoInvited())) {
            throw ValidationException.of("alsoInvited", "Choose agencies of your own partnership.");
        }
        List<Invitation> invited = new ArrayList<>();
        for (Agency a : all.values()) {
            if (Invitation.mustTakePart(a.kind()) || command.alsoInvited().contains(a.requireId())) {
                invited.add(Invitation.of(a.requireId(), a.name(), a.kind()));
            }
        }
        // the contact moves on a version, so two members recording the discussion at once do not record two
        contact = contacts.save(contact);
        StrategyDiscussion saved = discussions.insert(StrategyDiscussion.convened(actor.partnershipId(), id,
                current.id(), command.heldAt(), actor.memberId(), actor.name(), invited));
        auditor.created(actor, saved);
        keeper.reconcile(actor.partnershipId(), contact, now, holidays.calendar(actor.partnershipId()));
        for (Invitation i : invited) {
            notifier.notify(actor.partnershipId(), Recipients.agency(i.agency(), ContactAccess::seesChildData),
                    actor.name() + " recorded the strategy discussion on contact " + contact.reference() + " held "
                            + London.format(command.heldAt()) + ": record whether your agency took part.",
                    saved.subject());
        }
        return saved;
    }

    @Override
    public StrategyDiscussion recordAttendance(Actor actor, long discussionId, long expectedVersion,
                                               RecordAttendanceCommand command) {
        StrategyDiscussion current = current(actor, discussionId, expectedVersion);
        if (!current.invites(actor.agencyId())) {
            log(actor, current, false);
            throw ValidationException.of("tookPart", StrategyDiscussion.NOT_INVITED);
        }
        return save(actor, current, current.withAttendance(actor.agencyId(), command.tookPart(), command.shared(),
                actor.memberId(), actor.name(), auditor.now()));
    }

    @Override
    public StrategyDiscussion recordOutcome(Actor actor, long discussionId, long expectedVersion,
                                            RecordOutcomeCommand command) {
        requireLeads(actor);
        StrategyDiscussion current = current(actor, discussionId, expectedVersion);
        command.validate(current.heldOn());
        return save(actor, current, current.withOutcome(command.outcome()));
    }

    @Override
    public StrategyDiscussion recordConference(Actor actor, long discussionId, long expectedVersion,
                                               RecordConferenceCommand command) {
        requireLeads(actor);
        StrategyDiscussion current = current(actor, discussionId, expectedVersion);
        if (!current.enquiryStarted()) {
            throw ValidationException.of("date", "A conference follows a section 47 enquiry: record the "
                    + "discussion's outcome first.");
        }
        command.validate(current.heldOn());
        return save(actor, current, current.withConference(command.conference()));
    }

    @Override
    public Optional<StrategyDiscussion> forContact(Actor actor, ContactId id) {
        Contact contact = Contacts.require(contacts, actor, id);
        Optional<StrategyDiscussion> latest = discussions.latestFor(actor.partnershipId(), id);
        if (!maySee(actor, contact, latest.orElse(null))) {
            accessLog.record(AccessLogEntry.of(actor, auditor.now(), "Contact " + contact.reference(), false));
            throw new NotFoundException("Contact not found.");
        }
        return latest;
    }

    @Override
    public boolean leads(Actor actor) {
        return ContactAccess.worksTheFrontDoor(actor) || ContactAccess.seesChildData(actor)
                && agencies.find(actor.partnershipId(), actor.agencyId())
                .filter(a -> a.kind() == AgencyKind.CHILDRENS_SOCIAL_CARE).isPresent();
    }

    private void requireLeads(Actor actor) {
        if (!leads(actor)) ContactAccess.requireWorksTheFrontDoor(actor);
    }

    /** The discussion, if the actor may see its contact (the MASH, its source agency, those invited or checking). */
    private StrategyDiscussion visible(Actor actor, long id) {
        StrategyDiscussion discussion = discussions.find(actor.partnershipId(), id)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Contact contact = Contacts.require(contacts, actor, discussion.contactId());
        if (!maySee(actor, contact, discussion)) {
            log(actor, discussion, false);
            throw new NotFoundException(NOT_FOUND);
        }
        return discussion;
    }

    /** The discussion the actor may see, as they last saw it (else "changed by someone else"). */
    private StrategyDiscussion current(Actor actor, long id, long expectedVersion) {
        StrategyDiscussion current = visible(actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "strategy discussion");
        return current;
    }

    private boolean maySee(Actor actor, Contact contact, @Nullable StrategyDiscussion discussion) {
        return ContactAccess.maySee(actor, contact, Contacts.involved(checks.forContact(contact.requireId()),
                discussion));
    }

    private StrategyDiscussion save(Actor actor, StrategyDiscussion before, StrategyDiscussion after) {
        StrategyDiscussion saved = discussions.save(after);
        auditor.changed(actor, AuditAction.UPDATED, before.snapshot().toString(), saved);
        keeper.reconcile(actor.partnershipId(), Contacts.require(contacts, actor, saved.contactId()), auditor.now(),
                holidays.calendar(actor.partnershipId()));
        return saved;
    }

    private void log(Actor actor, StrategyDiscussion discussion, boolean allowed) {
        accessLog.record(AccessLogEntry.of(actor, auditor.now(), "Strategy discussion " + discussion.requireId(),
                allowed));
    }
}
