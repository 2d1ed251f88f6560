package org.lscp.workspace.domain.frontdoor.model;

import static org.lscp.workspace.domain.fixtures.Times.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.frontdoor.model.DecisionTimescales.RedOutOfHours.EMERGENCY_DUTY_TEAM;
import static org.lscp.workspace.domain.frontdoor.model.DecisionTimescales.RedOutOfHours.MASH_WORKING_HOURS;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.WorkingCalendar;

class DecisionTimescalesTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();
    private static final DecisionTimescales MASH_HOURS = new DecisionTimescales(4, 1, 3, MASH_WORKING_HOURS);

    @Test
    void theDefaultsAreFourHoursOneDayThreeDaysWithTheEmergencyDutyTeamOutOfHours() {
        assertThat(DecisionTimescales.DEFAULTS).isEqualTo(new DecisionTimescales(4, 1, 3, EMERGENCY_DUTY_TEAM));
    }

    /** By default a red contact is due in real hours and is the emergency duty team's when they run out of hours. */
    @ParameterizedTest(name = "{0} received {1}: due {2}, emergency duty team {3}")
    @CsvSource({
            "RED,   2026-11-25T10:00, 2026-11-25T14:00, false",  // Wednesday morning: inside the working day
            "RED,   2026-11-25T13:00, 2026-11-25T17:00, false",  // due exactly at closing: still the MASH's
            "RED,   2026-11-25T13:01, 2026-11-25T17:01, true",   // one minute past closing
            "RED,   2026-12-04T16:59, 2026-12-04T20:59, true",   // 16:59 on a Friday
            "RED,   2026-11-28T12:47, 2026-11-28T16:47, true",   // the Saturday disclosure of the issue
            "RED,   2026-12-25T10:00, 2026-12-25T14:00, true",   // Christmas Day
            "RED,   2026-12-28T11:00, 2026-12-28T15:00, true",   // Monday 28 December: the Boxing Day substitute
            "RED,   2026-11-25T07:30, 2026-11-25T11:30, true",   // before the MASH opens
            "RED,   2026-11-29T23:30, 2026-11-30T03:30, true",   // Sunday night, due in the early hours
            "RED,   2027-03-28T00:30, 2027-03-28T05:30, true",   // four real hours across the clocks going forward
            "AMBER, 2026-11-28T12:47, 2026-12-01T09:00, false",  // amber and green keep the working clock
            "GREEN, 2026-12-04T16:59, 2026-12-09T16:59, false",
            "AMBER, 2026-12-24T16:59, 2026-12-29T16:59, false"
    })
    void redIsUrgentInRealHoursOutOfHours(Rag rag, String received, String due, boolean emergencyDuty) {
        assertThat(DecisionTimescales.DEFAULTS.deadline(rag, london(received), CALENDAR)).isEqualTo(london(due));
        assertThat(DecisionTimescales.DEFAULTS.emergencyDuty(rag, london(received), CALENDAR)).isEqualTo(emergencyDuty);
    }

    /** A partnership whose MASH holds red contacts until it opens counts them in working hours. */
    @ParameterizedTest
    @CsvSource({
            "RED,   2026-11-25T10:00, 2026-11-25T14:00",
            "AMBER, 2026-11-25T10:00, 2026-11-26T10:00",
            "GREEN, 2026-11-25T10:00, 2026-11-30T10:00",
            "RED,   2026-11-27T15:00, 2026-11-30T11:00",
            "AMBER, 2026-11-27T15:00, 2026-11-30T15:00",
            "GREEN, 2026-11-27T15:00, 2026-12-02T15:00",
            "RED,   2026-11-28T12:00, 2026-11-30T13:00",
            "AMBER, 2026-11-28T12:00, 2026-12-01T09:00",
            "GREEN, 2026-08-28T10:00, 2026-09-03T10:00"
    })
    void theMashWorkingHoursRuleKeepsTheWorkingClock(Rag rag, String received, String deadline) {
        assertThat(MASH_HOURS.deadline(rag, london(received), CALENDAR)).isEqualTo(london(deadline));
        assertThat(MASH_HOURS.emergencyDuty(rag, london(received), CALENDAR)).isFalse();
    }

    @Test
    void otherTimescalesAreHonoured() {
        DecisionTimescales t = new DecisionTimescales(8, 2, 5, MASH_WORKING_HOURS);
        Instant wednesday = london("2026-11-25T10:00");
        assertThat(t.deadline(Rag.RED, wednesday, CALENDAR)).isEqualTo(london("2026-11-26T10:00"));
        assertThat(t.deadline(Rag.AMBER, wednesday, CALENDAR)).isEqualTo(london("2026-11-27T10:00"));
        assertThat(t.deadline(Rag.GREEN, wednesday, CALENDAR)).isEqualTo(london("2026-12-02T10:00"));
        DecisionTimescales edt = new DecisionTimescales(8, 2, 5, EMERGENCY_DUTY_TEAM);
        assertThat(edt.deadline(Rag.RED, wednesday, CALENDAR)).isEqualTo(london("2026-11-25T18:00"));
        assertThat(edt.emergencyDuty(Rag.RED, wednesday, CALENDAR)).isTrue();
    }

    @Test
    void theBoundariesAreAccepted() {
        new DecisionTimescales(1, 1, 1, EMERGENCY_DUTY_TEAM);
        new DecisionTimescales(40, 10, 20, MASH_WORKING_HOURS);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 1, 1, redHours", "41, 1, 1, redHours",
            "4, 0, 1, amberWorkingDays", "4, 11, 1, amberWorkingDays",
            "4, 1, 0, greenWorkingDays", "4, 1, 21, greenWorkingDays"
    })
    void outOfRangeTimescalesAreRefused(int red, int amber, int green, String field) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new DecisionTimescales(red, amber, green, EMERGENCY_DUTY_TEAM));
        assertThat(e.fieldErrors()).containsOnlyKeys(field);
    }

    @Test
    void everyBrokenTimescaleIsReportedAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new DecisionTimescales(0, 0, 0, null));
        assertThat(e.fieldErrors()).containsOnlyKeys("redHours", "amberWorkingDays", "greenWorkingDays",
                "redOutOfHours");
        assertThat(e.fieldErrors().get("redHours")).isEqualTo("Red needs 1 to 40 hours.");
    }

    @Test
    void contactsAreHeldTenYearsBackByDefaultAndThePartnershipMayChooseOneToFifty() {
        assertThat(DecisionTimescales.DEFAULTS.historyYears()).isEqualTo(10);
        assertThat(DecisionTimescales.DEFAULTS.earliestReceived(LocalDate.of(2026, 2, 28)))
                .isEqualTo(LocalDate.of(2016, 2, 28));
        assertThat(new DecisionTimescales(4, 1, 3, EMERGENCY_DUTY_TEAM, 1).earliestReceived(LocalDate.of(2028, 2, 29)))
                .as("a leap day a year back").isEqualTo(LocalDate.of(2027, 2, 28));
        new DecisionTimescales(4, 1, 3, EMERGENCY_DUTY_TEAM, 50);
        for (int years : new int[] {0, 51}) {
            assertThat(catchThrowableOfType(ValidationException.class,
                    () -> new DecisionTimescales(4, 1, 3, EMERGENCY_DUTY_TEAM, years)).fieldErrors())
                    .containsOnlyKeys("historyYears");
        }
    }

    @Test
    void theTimescalesReadAsASentence() {
        assertThat(DecisionTimescales.DEFAULTS.summary()).isEqualTo("A red contact needs a decision within 4 hours "
                + "(out of hours, by the emergency duty team), amber within 1 working day, green within 3 working "
                + "days.");
        assertThat(new DecisionTimescales(1, 2, 1, MASH_WORKING_HOURS).summary()).isEqualTo("A red contact needs a "
                + "decision within 1 hour of the working day, amber within 2 working days, green within 1 working day.");
    }
}
