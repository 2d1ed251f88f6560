package org.lscp.workspace.domain.shared;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working days: Monday to Friday except the partnership's bank holidays (England and Wales by default,
 * editable by the partnership admin). Deadlines and "due soon" are counted on it.
 */
public final class WorkingCalendar {
    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public static WorkingCalendar englandAndWales() {
        return new WorkingCalendar(EnglandAndWalesBankHolidays.dates());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The working day that is {@code days} working days after {@code from} (from itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) throw new IllegalArgumentException("days must be >= 0");
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) left--;
        }
        return day;
    }

    /** The working day is 09:00–17:00 in London. */
    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    /**
     * The moment the working clock starts for something received at {@code at}: itself when inside working hours,
     * else 09:00 on the next working day (or the same day, if received before 09:00 on a working day).
     */
    public ZonedDateTime clockStart(Instant at) {
        ZonedDateTime t = at.atZone(London.ZONE);
        if (isWorkingDay(t.toLocalDate()) && !t.toLocalTime().isBefore(OPENS) && t.toLocalTime().isBefore(CLOSES)) {
            return t;
        }
        LocalDate day = t.toLocalDate();
        if (!isWorkingDay(day) || !t.toLocalTime().isBefore(OPENS)) day = addWorkingDays(day, 1);
        return day.atTime(OPENS).atZone(London.ZONE);
    }

    /** {@code hours} of working time after {@code at}; a deadline may fall exactly at 17:00. */
    public Instant addWorkingHours(Instant at, Duration hours) {
        ZonedDateTime t = clockStart(at);
        Duration left = hours;
        while (true) {
            Duration today = Duration.between(t.toLocalTime(), CLOSES);
            if (left.compareTo(today) <= 0) return t.plus(left).toInstant();
            left = left.minus(today);
            t = addWorkingDays(t.toLocalDate(), 1).atTime(OPENS).atZone(London.ZONE);
        }
    }

    /** The same working-clock time {@code days} working days after {@code at} (received out of hours: from 09:00). */
    public Instant addWorkingDays(Instant at, int days) {
        ZonedDateTime t = clockStart(at);
        return addWorkingDays(t.toLocalDate(), days).atTime(t.toLocalTime()).atZone(London.ZONE).toInstant();
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) count++;
        }
        return count;
    }
}
