package org.lscp.workspace.domain.shared;

/**
 * Each partnership's working-day calendar, which every deadline is counted on: part of the shared kernel, because
 * the front door, escalations and the plan all count working days. The partnership feature keeps the bank holidays
 * behind it (its {@code BankHolidayRepository} is one).
 */
public interface WorkingCalendars {
    WorkingCalendar calendar(PartnershipId partnership);
}
