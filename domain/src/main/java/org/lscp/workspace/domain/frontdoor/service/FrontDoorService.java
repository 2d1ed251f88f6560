package org.lscp.workspace.domain.frontdoor.service;

import org.lscp.workspace.domain.plan.service.OwnRecommendations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.audit.model.AuditAction;
import org.lscp.workspace.domain.audit.service.Auditor;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.service.Notifier;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.model.NotSameChild;
import org.lscp.workspace.domain.frontdoor.model.FlagRules;
import org.lscp.workspace.domain.frontdoor.model.FlagType;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.model.RecordDecisionCommand;
import org.lscp.workspace.domain.frontdoor.model.ThresholdDecision;
import org.lscp.workspace.domain.frontdoor.port.in.FrontDoorUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactMeasures;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.DecisionRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.plan.port.out.RecommendationRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.WorkingCalendar;

public final class FrontDoorService implements FrontDoorUseCase {
    private final ContactRepository contacts;
    private final DecisionRepository decisions;
    private final FlagRepository flags;
    private final CheckRepository checks;
    private final FrontDoorSettings settings;
    private final BankHolidayRepository holidays;
    private final AgencyRepository agencies;
    private final RecommendationRepository recommendations;
    private final Auditor auditor;
    private final Notifier notifier;
    private final ContactMeasures measures;

    /**
     * The front door's writing use cases. {@code notifier} tells the members concerned (the agencies asked to check,
     * the recorder of a decided contact; {@link Notifier#NONE} tells no one); {@code measures} is told of every change
     * the board counts.
     */
    public FrontDoorService(ContactRepository contacts, DecisionRepository decisions, FlagRepository flags,
                            CheckRepository checks, FrontDoorSettings settings, BankHolidayRepository holidays,
                            AgencyRepository agencies, RecommendationRepository recommendations, Auditor auditor,
                            Notifier notifier, ContactMeasures measures) {
        this.notifier = notifier;
        this.measures = measures;
        this.contacts = contacts;
        this.decisions = decisions;
        this.flags = flags;
        this.checks = checks;
        this.settings = settings;
        this.holidays = holidays;
        this.agencies = agencies;
        this.recommendations = recommendations;
        this.auditor = auditor;
    }

    @Override
    public Contact record(Actor actor, RecordContactCommand command) {
        actor.require(Role.PRACTITIONER, Role.MASH_PRACTITIONER, Role.MASH_MANAGER);
        if (actor.has(Role.BOARD_CHAIR)) throw new NotAuthorisedException("A board chair does not record contacts.");
        if (!command.recommendations().isEmpty() && !ContactAccess.choosesRecommendations(actor)) {
            throw new NotAuthorisedException("The MASH records which recommendations a contact is evidence about, "
                    + "not the agency making the contact.");
        }
        Instant now = auditor.now();
        AgencyKind kind = agencies.find(actor.partnershipId(), actor.agencyId()).map(Agency::kind).orElse(null);
        command.checkAgainst(now, settings.timescales(actor.partnershipId()), kind != null && kind.holdsCaseSystemIds());
        OwnRecommendations.require(recommendations, actor, command.recommendations());
        WorkingCalendar calendar = holidays.calendar(actor.partnershipId());
        Instant deadline = settings.timescales(actor.partnershipId()).deadline(command.rag(), command.receivedAt(),
                calendar);
        // a live contact comes from the recorder's agency, reported under the source its kind stands for
        ContactSource source = kind == null ? ContactSource.S10 : ContactSource.forAgency(kind);
        Contact contact = Contact.received(actor.partnershipId(), new Receipt(command.receivedAt(), actor.agencyId(),
                source, command.referrer(), command.channel(), actor.memberId()), command.child(), command.concern(),
                deadline, command.recommendations());
        Contact saved = contacts.insert(contact, LocalDate.ofInstant(command.receivedAt(), London.ZONE).getYear());
        auditor.created(actor, saved);
        reconcile(actor.partnershipId(), saved, now, calendar);
        measures.changed(saved.requireId());
        return saved;
    }

    @Override
    public Contact assignToMe(Actor actor, ContactId id, long expectedVersion) {
        requireMash(actor);
        Contact current = contact(actor, id);
        if (current.assignedTo() != null && !current.assignedTo().equals(actor.memberId())) {
            throw ValidationException.of("assignedTo", current.assignedToName() + " has already taken this contact.");
        }
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "contact");
        Contact saved = contacts.save(current.assignedTo(actor.memberId(), actor.name()));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public ThresholdDecision decide(Actor actor, ContactId id, long expectedVersion, RecordDecisionCommand command) {
        ContactAccess.requireDecides(actor);
        Contact current = contact(actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "contact");
        OwnRecommendations.require(recommendations, actor, command.recommendations());
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
        reconcile(actor.partnershipId(), decided, now, holidays.calendar(actor.partnershipId()));
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
        Contact contact = contact(actor, decision.contactId());
        new Check().longText("comment", comment, "your oversight comment", 4_000)
                .that(decision.current(), "comment", "This decision has been revised: oversee the current one.")
                .that(!decision.hasOversight(), "comment", "This decision already has management oversight.")
                .that(!decision.decidedBy().equals(actor.memberId()), "comment",
                        "Oversight must come from a manager other than the one who made the decision.")
                .done();
        Instant now = auditor.now();
        ThresholdDecision saved = decisions.save(decision.overseen(actor.memberId(), actor.name(), now, Text.block(comment)));
        auditor.changed(actor, AuditAction.UPDATED, decision.snapshot().toString(), saved);
        reconcile(actor.partnershipId(), contact, now, holidays.calendar(actor.partnershipId()));
        measures.changed(contact.requireId());
        return saved;
    }

    @Override
    public void resolveFlag(Actor actor, long flagId, String reason) {
        ContactAccess.requireDecides(actor);
        Flag flag = flags.find(actor.partnershipId(), flagId).orElseThrow(() -> new NotFoundException("Flag not found."));
        new Check().longText("reason", reason, "the reason for resolving the flag", 2_000)
                .that(flag.open(), "reason", "This flag is already resolved.").done();
        Flag saved = flags.save(flag.resolved(auditor.now(), actor.name(), Text.block(reason)));
        auditor.changed(actor, AuditAction.UPDATED, flag.snapshot().toString(), saved);
        if (saved.type().countedByTheBoard()) measures.changed(saved.contactId());
    }

    @Override
    public List<AgencyCheck> requestChecks(Actor actor, ContactId id, Set<AgencyId> asked) {
        requireMash(actor);
        Contact contact = contact(actor, id);
        new Check().notEmpty("agencies", asked, "Choose at least one agency to ask.").done();
        for (AgencyId agency : asked) {
            if (agencies.find(actor.partnershipId(), agency).isEmpty()) {
                throw ValidationException.of("agencies", "Choose agencies of your own partnership.");
            }
        }
        Instant now = auditor.now();
        WorkingCalendar calendar = holidays.calendar(actor.partnershipId());
        Instant due = contact.rag() == Rag.RED ? calendar.addWorkingHours(now, Duration.ofHours(4))
                : calendar.addWorkingDays(now, 1);
        List<AgencyCheck> existing = checks.forContact(id);
        List<AgencyCheck> made = new ArrayList<>();
        for (AgencyId agency : asked) {
            boolean open = existing.stream().anyMatch(c -> c.agency().equals(agency) && !c.answered());
            if (open) continue;
            AgencyCheck saved = checks.save(AgencyCheck.asked(id, agency, now, actor.name(), due));
            auditor.created(actor, saved);
            made.add(saved);
            notifier.notify(actor.partnershipId(), Recipients.agency(agency, ContactAccess::seesChildData),
                    "The MASH asked your "
                    + "agency to check what it knows for contact " + contact.reference() + ", by "
                    + London.format(due) + ".", org.lscp.workspace.domain.live.model.Change.contact(id.value()));
        }
        return made;
    }

    @Override
    public AgencyCheck answerCheck(Actor actor, long checkId, String findings) {
        actor.require(Role.PRACTITIONER, Role.MASH_PRACTITIONER, Role.MASH_MANAGER);
        AgencyCheck check = checks.find(actor.partnershipId(), checkId)
                .orElseThrow(() -> new NotFoundException("Check not found."));
        if (!check.agency().equals(actor.agencyId())) {
            throw new NotAuthorisedException("Only a member of the agency that was asked can answer this check.");
        }
        new Check().longText("findings", findings, "what your agency found", 8_000)
                .that(!check.answered(), "findings", "This check has already been answered.").done();
        AgencyCheck saved = checks.save(check.answered(auditor.now(), actor.name(), Text.block(findings)));
        auditor.changed(actor, AuditAction.UPDATED, check.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public int sweepFlags(PartnershipId partnership) {
        Instant now = auditor.now();
        WorkingCalendar calendar = holidays.calendar(partnership);
        int changed = 0;
        for (Contact contact : contacts.needingTimeChecks(partnership, now, SWEEP_BATCH)) {
            if (reconcile(partnership, contact, now, calendar)) changed++;
        }
        return changed;
    }

    /** Brings the contact's flags in line with the rules (telling the board of those it counts); true when changed. */
    boolean reconcile(PartnershipId partnership, Contact contact, Instant now, WorkingCalendar calendar) {
        List<ThresholdDecision> history = decisions.forContact(contact.requireId());
        ThresholdDecision current = history.stream().filter(ThresholdDecision::current).findFirst().orElse(null);
        Instant firstDecision = history.stream().map(ThresholdDecision::decidedAt).min(Comparator.naturalOrder())
                .orElse(null);
        long recent = RepeatContacts.inTwelveMonths(contacts, partnership, contact);
        var applicable = FlagRules.applicable(contact, current, firstDecision, recent, now, calendar);
        var changes = FlagRules.reconcile(flags.forContact(contact.requireId()), applicable);
        for (var type : changes.raise()) {
            Flag raised = flags.save(Flag.raised(contact.requireId(), type, now));
            auditor.record(partnership, null, Auditor.SYSTEM, AuditAction.CREATED, raised, null);
        }
        for (Flag open : changes.clear()) {
            Flag cleared = flags.save(open.resolved(now, Auditor.SYSTEM, Flag.CLEARED));
            auditor.record(partnership, null, Auditor.SYSTEM, AuditAction.UPDATED, cleared, open.snapshot().toString());
        }
        if (changes.raise().stream().anyMatch(FlagType::countedByTheBoard)
                || changes.clear().stream().anyMatch(f -> f.type().countedByTheBoard())) {
            measures.changed(contact.requireId());
        }
        return !changes.none();
    }

    @Override
    public Contact sameChild(Actor actor, ContactId id, ContactId otherId) {
        requireMash(actor);
        Contact a = contact(actor, id);
        Contact b = contact(actor, otherId);
        new Check().that(a.child().identified() != b.child().identified(), "match", a.child().identified()
                ? "Both contacts already have a case-system id: they are the same child only if the ids are."
                : "Neither contact has a case-system id yet: match the child to a contact that has one.").done();
        Contact unidentified = a.child().identified() ? b : a;
        String caseSystemId = (a.child().identified() ? a : b).child().caseSystemId();
        Contact saved = contacts.identifyChild(unidentified, caseSystemId);
        auditor.changed(actor, AuditAction.UPDATED, unidentified.snapshot().toString(), saved);
        reconcile(actor.partnershipId(), saved, auditor.now(), holidays.calendar(actor.partnershipId()));
        return saved;
    }

    @Override
    public void notSameChild(Actor actor, ContactId id, ContactId otherId) {
        requireMash(actor);
        NotSameChild judgement = new NotSameChild(contact(actor, id), contact(actor, otherId), actor.name(),
                auditor.now());
        contacts.notSameChild(judgement);
        auditor.created(actor, judgement);
    }

    private static void requireMash(Actor actor) {
        ContactAccess.requireWorksTheFrontDoor(actor);
    }

    private Contact contact(Actor actor, ContactId id) {
        return contacts.find(actor.partnershipId(), id).orElseThrow(() -> new NotFoundException("Contact not found."));
    }
}
