package org.lscp.workspace.domain.frontdoor.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.frontdoor.model.AgencyCheck;
import org.lscp.workspace.domain.frontdoor.model.Allocation;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.Disability;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactId;
import org.lscp.workspace.domain.frontdoor.model.NotSameChild;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.port.in.CaseworkUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.CheckRepository;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.notice.port.in.Notifier;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * The MASH's casework on a contact: taking it, asking agencies to check (each told through its notices) and their
 * answers, and matching the child to earlier contacts (the flags following).
 */
public final class CaseworkService implements CaseworkUseCase {
    private final ContactRepository contacts;
    private final CheckRepository checks;
    private final AgencyDirectory agencies;
    private final WorkingCalendars holidays;
    private final Audit auditor;
    private final Notifier notifier;
    private final FlagKeeper keeper;

    public CaseworkService(ContactRepository contacts, CheckRepository checks, AgencyDirectory agencies,
                           WorkingCalendars holidays, Audit auditor, Notifier notifier, FlagKeeper keeper) {
        this.contacts = contacts;
        this.checks = checks;
        this.agencies = agencies;
        this.holidays = holidays;
        this.auditor = auditor;
        this.notifier = notifier;
        this.keeper = keeper;
    }

    @Override
    public Contact assignToMe(Actor actor, ContactId id, long expectedVersion) {
        requireMash(actor);
        Contact current = Contacts.require(contacts, actor, id);
        if (current.assignedTo() != null && !current.assignedTo().equals(actor.memberId())) {
            throw ValidationException.of("assignedTo", current.assignedToName() + " has already taken this contact.");
        }
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "contact");
        Contact saved = contacts.save(current.assignedTo(actor.memberId(), actor.name()));
        auditor.changed(actor, AuditAction.UPDATED, current.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public Contact allocate(Actor actor, ContactId id, long expectedVersion, Allocation allocation) {
        requireMash(actor);
        Contact current = Contacts.require(contacts, actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "contact");
        return change(actor, current, current.allocatedTo(allocation));
    }

    private Contact change(Actor actor, Contact before, Contact after) {
        Contact saved = contacts.save(after);
        auditor.changed(actor, AuditAction.UPDATED, before.snapshot().toString(), saved);
        return saved;
    }

    @Override
    public Contact recordDisability(Actor actor, ContactId id, long expectedVersion, Disability disability) {
        requireMash(actor);
        new Check().present("disability", disability, "Choose yes, no or not known.").done();
        Contact current = Contacts.require(contacts, actor, id);
        auditor.requireVersion(actor, current, current.version(), expectedVersion, "contact");
        return change(actor, current, current.withDisability(disability));
    }

    @Override
    public List<AgencyCheck> requestChecks(Actor actor, ContactId id, Set<AgencyId> asked) {
        requireMash(actor);
        Contact contact = Contacts.require(contacts, actor, id);
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
                    + London.format(due) + ".", org.lscp.workspace.domain.shared.change.Change.contact(id.value()));
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
    public Contact sameChild(Actor actor, ContactId id, ContactId otherId) {
        requireMash(actor);
        Contact a = Contacts.require(contacts, actor, id);
        Contact b = Contacts.require(contacts, actor, otherId);
        new Check().that(a.child().identified() != b.child().identified(), "match", a.child().identified()
                ? "Both contacts already have a case-system id: they are the same child only if the ids are."
                : "Neither contact has a case-system id yet: match the child to a contact that has one.").done();
        Contact unidentified = a.child().identified() ? b : a;
        String caseSystemId = (a.child().identified() ? a : b).child().caseSystemId();
        Contact saved = contacts.identifyChild(unidentified, caseSystemId);
        auditor.changed(actor, AuditAction.UPDATED, unidentified.snapshot().toString(), saved);
        keeper.reconcile(actor.partnershipId(), saved, auditor.now(), holidays.calendar(actor.partnershipId()));
        return saved;
    }

    @Override
    public void notSameChild(Actor actor, ContactId id, ContactId otherId) {
        requireMash(actor);
        NotSameChild judgement = new NotSameChild(Contacts.require(contacts, actor, id), Contacts.require(contacts, actor, otherId), actor.name(),
                auditor.now());
        contacts.notSameChild(judgement);
        auditor.created(actor, judgement);
    }

    private static void requireMash(Actor actor) {
        ContactAccess.requireWorksTheFrontDoor(actor);
    }
}
