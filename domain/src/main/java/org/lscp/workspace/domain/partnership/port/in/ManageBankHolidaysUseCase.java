package org.lscp.workspace.domain.partnership.port.in;

import java.time.LocalDate;
import java.util.List;
import org.lscp.workspace.domain.partnership.model.BankHoliday;
import org.lscp.workspace.domain.shared.Actor;

/** Every member reads the calendar; a PARTNERSHIP_ADMIN adds and removes bank holidays. */
public interface ManageBankHolidaysUseCase {
    List<BankHoliday> list(Actor actor);

    void add(Actor actor, BankHoliday holiday);

    void remove(Actor actor, LocalDate day);
}
