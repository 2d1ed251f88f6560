package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import java.time.LocalDate;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.ContactSource;
import org.lscp.workspace.domain.frontdoor.model.Receipt;
import org.lscp.workspace.domain.frontdoor.model.RecordContactCommand;
import org.lscp.workspace.domain.frontdoor.port.in.RecordContactUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.ContactMeasures;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FrontDoorSettings;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.port.in.AgencyDirectory;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.plan.port.in.PlanRecords;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * Records a contact from the member's agency: validated against the partnership's timescales, under the next
 * reference, with its RAG deadline, its flags and the board's measures brought up to date.
 */
public final class RecordContactService implements RecordContactUseCase {
    private final ContactRepository contacts;
    private final FrontDoorSettings settings;
    private final WorkingCalendars holidays;
    private final AgencyDirectory agencies;
    private final PlanRecords plan;
    private final Audit auditor;
    private final FlagKeeper keeper;
    private final ContactMeasures measures;

    public RecordContactService(ContactRepository contacts, FrontDoorSettings settings, WorkingCalendars holidays,
                                AgencyDirectory agencies, PlanRecords plan, Audit auditor,
                                FlagKeeper keeper, ContactMeasures measures) {
        this.contacts = contacts;
        this.settings = settings;
        this.holidays = holidays;
        this.agencies = agencies;
        this.plan = plan;
        this.auditor = auditor;
        this.keeper = keeper;
        this.measures = measures;
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
        plan.requireOwn(actor, command.recommendations());
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
        keeper.reconcile(actor.partnershipId(), saved, now, calendar);
        measures.changed(saved.requireId());
        return saved;
    }
}
