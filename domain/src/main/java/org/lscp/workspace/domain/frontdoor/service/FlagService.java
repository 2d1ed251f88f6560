package org.lscp.workspace.domain.frontdoor.service;

import java.time.Instant;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.frontdoor.model.Contact;
import org.lscp.workspace.domain.frontdoor.model.ContactAccess;
import org.lscp.workspace.domain.frontdoor.model.Flag;
import org.lscp.workspace.domain.frontdoor.port.in.FlagsUseCase;
import org.lscp.workspace.domain.frontdoor.port.out.ContactMeasures;
import org.lscp.workspace.domain.frontdoor.port.out.ContactRepository;
import org.lscp.workspace.domain.frontdoor.port.out.FlagRepository;
import org.lscp.workspace.domain.shared.WorkingCalendars;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Text;
import org.lscp.workspace.domain.shared.WorkingCalendar;

/**
 * Flags: a manager resolves one with a reason; the minute sweep raises those time brings (an overdue decision, missing
 * oversight), a batch of contacts at a time.
 */
public final class FlagService implements FlagsUseCase {
    private final FlagRepository flags;
    private final ContactRepository contacts;
    private final WorkingCalendars holidays;
    private final Audit auditor;
    private final FlagKeeper keeper;
    private final ContactMeasures measures;

    public FlagService(FlagRepository flags, ContactRepository contacts, WorkingCalendars holidays,
                       Audit auditor, FlagKeeper keeper, ContactMeasures measures) {
        this.flags = flags;
        this.contacts = contacts;
        this.holidays = holidays;
        this.auditor = auditor;
        this.keeper = keeper;
        this.measures = measures;
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
    public int sweepFlags(PartnershipId partnership) {
        Instant now = auditor.now();
        WorkingCalendar calendar = holidays.calendar(partnership);
        int changed = 0;
        for (Contact contact : contacts.needingTimeChecks(partnership, now, SWEEP_BATCH)) {
            if (keeper.reconcile(partnership, contact, now, calendar)) changed++;
        }
        return changed;
    }
}
