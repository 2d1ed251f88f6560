package org.lscp.workspace.domain.partnership.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.lscp.workspace.domain.partnership.model.BankHoliday;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.WorkingCalendar;
import org.lscp.workspace.domain.shared.WorkingCalendars;

/** The partnership's bank holidays: the working-day calendar every deadline is counted on. */
public interface BankHolidayRepository extends WorkingCalendars {
    /** In date order. */
    List<BankHoliday> all(PartnershipId partnership);

    void add(PartnershipId partnership, BankHoliday holiday);

    /** False when there was no such holiday. */
    boolean remove(PartnershipId partnership, LocalDate day);

    @Override
    default WorkingCalendar calendar(PartnershipId partnership) {
        return new WorkingCalendar(all(partnership).stream().map(BankHoliday::day).collect(Collectors.toSet()));
    }
}
