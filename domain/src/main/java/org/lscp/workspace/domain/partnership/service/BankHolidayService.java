package org.lscp.workspace.domain.partnership.service;

import java.time.LocalDate;
import java.util.List;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.partnership.model.BankHoliday;
import org.lscp.workspace.domain.partnership.port.in.ManageBankHolidaysUseCase;
import org.lscp.workspace.domain.partnership.port.out.BankHolidayRepository;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

public final class BankHolidayService implements ManageBankHolidaysUseCase {
    private final BankHolidayRepository holidays;
    private final Audit auditor;

    public BankHolidayService(BankHolidayRepository holidays, Audit auditor) {
        this.holidays = holidays;
        this.auditor = auditor;
    }

    @Override
    public List<BankHoliday> list(Actor actor) {
        return holidays.all(actor.partnershipId());
    }

    @Override
    public void add(Actor actor, BankHoliday holiday) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        if (holidays.all(actor.partnershipId()).stream().anyMatch(h -> h.day().equals(holiday.day()))) {
            throw ValidationException.of("day", "That date is already a bank holiday.");
        }
        holidays.add(actor.partnershipId(), holiday);
        auditor.created(actor, holiday.audited());
    }

    @Override
    public void remove(Actor actor, LocalDate day) {
        actor.require(Role.PARTNERSHIP_ADMIN);
        BankHoliday existing = holidays.all(actor.partnershipId()).stream().filter(h -> h.day().equals(day))
                .findFirst().orElseThrow(() -> new NotFoundException("That date is not a bank holiday."));
        holidays.remove(actor.partnershipId(), day);
        auditor.changed(actor, AuditAction.REMOVED, existing.audited().snapshot().toString(),
                new org.lscp.workspace.domain.shared.audit.AuditedView("Bank holiday", day.toString(),
                        org.lscp.workspace.domain.shared.audit.Snapshot.of()));
    }
}
