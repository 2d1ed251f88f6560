package org.lscp.workspace.domain.shared;

import static org.lscp.workspace.domain.fixtures.Times.london;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The working clock of WorkingCalendar: 09:00–17:00 London time on working days. */
class WorkingHoursTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

    /** A London wall-clock time as an instant. */

    private static ZonedDateTime londonZoned(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(London.ZONE);
    }

    // --- clockStart ---

    @Test
    void insideWorkingHoursTheClockStartsAtOnce() {
        assertThat(CALENDAR.clockStart(london("2026-11-25T10:30"))).isEqualTo(londonZoned("2026-11-25T10:30"));
        assertThat(CALENDAR.clockStart(london("2026-11-25T09:00"))).as("opening time is inside")
                .isEqualTo(londonZoned("2026-11-25T09:00"));
        assertThat(CALENDAR.clockStart(london("2026-11-25T16:59:59"))).isEqualTo(londonZoned("2026-11-25T16:59:59"));
    }

    @Test
    void beforeNineOnAWorkingDayTheClockStartsAtNineThatDay() {
        assertThat(CALENDAR.clockStart(london("2026-11-25T07:15"))).isEqualTo(londonZoned("2026-11-25T09:00"));
        assertThat(CALENDAR.clockStart(london("2026-11-25T00:00"))).isEqualTo(londonZoned("2026-11-25T09:00"));
    }

    @Test
    void atExactlyFiveTheOfficeIsClosedSoTheClockStartsAtNineNextWorkingDay() {
        assertThat(CALENDAR.clockStart(london("2026-11-25T17:00"))).isEqualTo(londonZoned("2026-11-26T09:00"));
        assertThat(CALENDAR.clockStart(london("2026-11-25T23:59"))).isEqualTo(londonZoned("2026-11-26T09:00"));
        assertThat(CALENDAR.clockStart(london("2026-11-27T17:00"))).as("Friday evening → Monday")
                .isEqualTo(londonZoned("2026-11-30T09:00"));
    }

    @Test
    void atTheWeekendTheClockStartsAtNineOnMonday() {
        assertThat(CALENDAR.clockStart(london("2026-11-28T10:00"))).isEqualTo(londonZoned("2026-11-30T09:00"));
        assertThat(CALENDAR.clockStart(london("2026-11-28T07:00"))).as("early Saturday is not Saturday 09:00")
                .isEqualTo(londonZoned("2026-11-30T09:00"));
        assertThat(CALENDAR.clockStart(london("2026-11-29T20:00"))).isEqualTo(londonZoned("2026-11-30T09:00"));
    }

    @Test
    void onABankHolidayTheClockStartsAtNineOnTheNextWorkingDay() {
        // Monday 31 August 2026 is the summer bank holiday.
        assertThat(CALENDAR.clockStart(london("2026-08-31T10:00"))).isEqualTo(londonZoned("2026-09-01T09:00"));
        assertThat(CALENDAR.clockStart(london("2026-08-31T08:00"))).isEqualTo(londonZoned("2026-09-01T09:00"));
        assertThat(CALENDAR.clockStart(london("2026-08-28T18:00"))).as("Friday evening before the bank holiday")
                .isEqualTo(londonZoned("2026-09-01T09:00"));
    }

    // --- addWorkingHours ---

    @Test
    void fourHoursFromOneOnFridayIsExactlyFiveOnFriday() {
        assertThat(CALENDAR.addWorkingHours(london("2026-11-27T13:00"), Duration.ofHours(4)))
                .isEqualTo(london("2026-11-27T17:00"));
    }

    @Test
    void workingHoursCarryOverTheWeekendAndTheBankHoliday() {
        assertThat(CALENDAR.addWorkingHours(london("2026-08-28T14:00"), Duration.ofHours(4)))
                .as("3h on Friday, Saturday to Monday (bank holiday) skipped, 1h on Tuesday")
                .isEqualTo(london("2026-09-01T10:00"));
        assertThat(CALENDAR.addWorkingHours(london("2026-11-27T13:00:01"), Duration.ofHours(4)))
                .isEqualTo(london("2026-11-30T09:00:01"));
    }

    @Test
    void receivedOnSaturdayTheHoursStartMondayAtNine() {
        assertThat(CALENDAR.addWorkingHours(london("2026-11-28T11:00"), Duration.ofHours(4)))
                .isEqualTo(london("2026-11-30T13:00"));
        assertThat(CALENDAR.addWorkingHours(london("2026-11-25T17:00"), Duration.ofHours(1)))
                .as("received at closing time").isEqualTo(london("2026-11-26T10:00"));
    }

    @Test
    void manyWorkingHoursSpanSeveralDays() {
        assertThat(CALENDAR.addWorkingHours(london("2026-11-23T09:00"), Duration.ofHours(40)))
                .as("a whole working week").isEqualTo(london("2026-11-27T17:00"));
        assertThat(CALENDAR.addWorkingHours(london("2026-11-23T09:00"), Duration.ofMinutes(30)))
                .isEqualTo(london("2026-11-23T09:30"));
    }

    // --- addWorkingDays(Instant, int) ---

    @Test
    void oneWorkingDayFromFridayIsMondayAtTheSameTime() {
        assertThat(CALENDAR.addWorkingDays(london("2026-11-27T11:00"), 1)).isEqualTo(london("2026-11-30T11:00"));
        assertThat(CALENDAR.addWorkingDays(london("2026-11-25T11:00"), 1)).isEqualTo(london("2026-11-26T11:00"));
        assertThat(CALENDAR.addWorkingDays(london("2026-11-25T11:00"), 3)).isEqualTo(london("2026-11-30T11:00"));
    }

    @Test
    void oneWorkingDayFromTheFridayBeforeABankHolidayIsTuesday() {
        assertThat(CALENDAR.addWorkingDays(london("2026-08-28T11:00"), 1)).isEqualTo(london("2026-09-01T11:00"));
    }

    @Test
    void outOfHoursTheWorkingDaysCountFromNineOnTheNextWorkingDay() {
        assertThat(CALENDAR.addWorkingDays(london("2026-11-28T11:00"), 1)).as("Saturday → Monday 09:00 + 1 day")
                .isEqualTo(london("2026-12-01T09:00"));
        assertThat(CALENDAR.addWorkingDays(london("2026-11-25T18:30"), 1)).as("Wednesday evening")
                .isEqualTo(london("2026-11-27T09:00"));
        assertThat(CALENDAR.addWorkingDays(london("2026-11-25T08:00"), 1)).as("Wednesday early morning")
                .isEqualTo(london("2026-11-26T09:00"));
    }

    // --- the change from BST to GMT on Sunday 25 October 2026 ---

    @Test
    void workingHoursAreLondonTimesAcrossTheChangeFromSummerTime() {
        // Friday 23 Oct 2026 is BST (UTC+1); Monday 26 Oct is GMT (UTC+0).
        Instant fridayThreeBst = Instant.parse("2026-10-23T14:00:00Z");
        assertThat(CALENDAR.addWorkingHours(fridayThreeBst, Duration.ofHours(4)))
                .as("2h on Friday to 17:00 BST, 2h on Monday from 09:00 GMT")
                .isEqualTo(Instant.parse("2026-10-26T11:00:00Z"));
        assertThat(CALENDAR.addWorkingDays(Instant.parse("2026-10-23T09:00:00Z"), 1)).as("10:00 BST → 10:00 GMT")
                .isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
    }

    @Test
    void theOfficeHoursFollowLondonNotUtc() {
        assertThat(CALENDAR.clockStart(Instant.parse("2026-10-23T08:30:00Z"))).as("09:30 BST is inside hours")
                .isEqualTo(londonZoned("2026-10-23T09:30"));
        assertThat(CALENDAR.clockStart(Instant.parse("2026-10-23T16:30:00Z"))).as("17:30 BST is closed")
                .isEqualTo(londonZoned("2026-10-26T09:00"));
        assertThat(CALENDAR.clockStart(Instant.parse("2026-10-23T16:30:00Z")).toInstant())
                .isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
        assertThat(CALENDAR.addWorkingHours(Instant.parse("2026-10-23T15:30:00Z"), Duration.ofMinutes(30)))
                .as("16:30 BST + 30 min = 17:00 BST").isEqualTo(Instant.parse("2026-10-23T16:00:00Z"));
    }

    @Test
    void aCalendarWithoutHolidaysCountsTheBankHolidayAsAWorkingDay() {
        WorkingCalendar plain = new WorkingCalendar(Set.of());
        assertThat(plain.addWorkingHours(london("2026-08-28T14:00"), Duration.ofHours(4)))
                .isEqualTo(london("2026-08-31T10:00"));
    }
}
