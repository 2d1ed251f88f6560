package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lscp.workspace.domain.shared.London;
import org.lscp.workspace.domain.shared.ValidationException;
import org.lscp.workspace.domain.shared.WorkingCalendar;

class DecisionTimescalesTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(London.ZONE).toInstant();
    }

    @Test
    void theDefaultsAreFourHoursOneDayThreeDays() {
        assertThat(DecisionTimescales.DEFAULTS).isEqualTo(new DecisionTimescales(4, 1, 3));
    }

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
    void theDeadlineFollowsTheRagOnTheWorkingCalendar(Rag rag, String received, String deadline) {
        assertThat(DecisionTimescales.DEFAULTS.deadline(rag, london(received), CALENDAR)).isEqualTo(london(deadline));
    }

    @Test
    void otherTimescalesAreHonoured() {
        DecisionTimescales t = new DecisionTimescales(8, 2, 5);
        Instant wednesday = london("2026-11-25T10:00");
        assertThat(t.deadline(Rag.RED, wednesday, CALENDAR)).isEqualTo(london("2026-11-26T10:00"));
        assertThat(t.deadline(Rag.AMBER, wednesday, CALENDAR)).isEqualTo(london("2026-11-27T10:00"));
        assertThat(t.deadline(Rag.GREEN, wednesday, CALENDAR)).isEqualTo(london("2026-12-02T10:00"));
    }

    @Test
    void theBoundariesAreAccepted() {
        new DecisionTimescales(1, 1, 1);
        new DecisionTimescales(40, 10, 20);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 1, 1, redWorkingHours", "41, 1, 1, redWorkingHours",
            "4, 0, 1, amberWorkingDays", "4, 11, 1, amberWorkingDays",
            "4, 1, 0, greenWorkingDays", "4, 1, 21, greenWorkingDays"
    })
    void outOfRangeTimescalesAreRefused(int red, int amber, int green, String field) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new DecisionTimescales(red, amber, green));
        assertThat(e.fieldErrors()).containsOnlyKeys(field);
    }

    @Test
    void everyBrokenTimescaleIsReportedAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new DecisionTimescales(0, 0, 0));
        assertThat(e.fieldErrors()).containsOnlyKeys("redWorkingHours", "amberWorkingDays", "greenWorkingDays");
        assertThat(e.fieldErrors().get("redWorkingHours")).isEqualTo("Red needs 1 to 40 working hours.");
    }
}
