package org.lscp.workspace.domain.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.WorkingCalendar;

class ImprovementActionTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static ImprovementAction due(String iso, ActionStatus status) {
        return ActionTallyTest.action(1, LocalDate.parse(iso), status);
    }

    @ParameterizedTest(name = "today {0}, due {1}: overdue {2}, due soon {3}")
    @CsvSource({
            "2026-11-23, 2026-11-22, true, false",   // due yesterday
            "2026-11-23, 2026-11-23, false, true",   // due today is not overdue
            "2026-11-23, 2026-11-27, false, true",
            "2026-11-23, 2026-11-30, false, true",   // exactly 5 working days ahead
            "2026-11-23, 2026-12-01, false, false",  // 6 working days ahead
            "2026-11-27, 2026-12-04, false, true",   // Friday + 5 working days = next Friday
            "2026-11-27, 2026-12-05, false, false",
            "2026-11-28, 2026-12-04, false, true",   // from a Saturday, counted from the Monday
            "2026-12-24, 2027-01-05, false, true",   // Christmas, Boxing Day and New Year's Day not counted
            "2026-12-24, 2027-01-06, false, false",
            "2026-04-02, 2026-04-13, false, true",   // over Easter 2026
            "2026-04-02, 2026-04-14, false, false",
    })
    void overdueAndDueSoonBoundaries(String today, String dueDate, boolean overdue, boolean dueSoon) {
        ImprovementAction action = due(dueDate, ActionStatus.ON_TRACK);
        assertThat(action.overdue(LocalDate.parse(today))).isEqualTo(overdue);
        assertThat(action.dueSoon(LocalDate.parse(today), CALENDAR)).isEqualTo(dueSoon);
    }

    @Test
    void aCompleteActionIsNeverOverdueNorDueSoon() {
        assertThat(due("2026-11-01", ActionStatus.COMPLETE).overdue(MONDAY)).isFalse();
        assertThat(due("2026-11-23", ActionStatus.COMPLETE).dueSoon(MONDAY, CALENDAR)).isFalse();
        assertThat(due("2026-11-01", ActionStatus.COMPLETE).complete()).isTrue();
    }

    @Test
    void dueSoonUsesThePartnershipsOwnCalendar() {
        WorkingCalendar withExtraHoliday = new WorkingCalendar(Set.of(LocalDate.of(2026, 11, 24)));
        assertThat(due("2026-12-01", ActionStatus.ON_TRACK).dueSoon(MONDAY, withExtraHoliday)).isTrue();
        assertThat(due("2026-12-02", ActionStatus.ON_TRACK).dueSoon(MONDAY, withExtraHoliday)).isFalse();
        assertThat(ImprovementAction.DUE_SOON_WORKING_DAYS).isEqualTo(5);
    }

    @Test
    void createRecordsTheDayAndNoCompletion() {
        var command = new SaveActionCommand("  Audit MASH decisions ", new MemberId(3), Set.of(new AgencyId(2)),
                MONDAY.plusDays(30), ActionStatus.NOT_STARTED);
        ImprovementAction action = ImprovementAction.create(new PartnershipId(1), new RecommendationId(4), command,
                MONDAY);
        assertThat(action.id()).isNull();
        assertThat(action.description()).isEqualTo("Audit MASH decisions");
        assertThat(action.createdOn()).isEqualTo(MONDAY);
        assertThat(action.completedOn()).isNull();
        assertThat(action.version()).isZero();
    }

    @Test
    void completingRecordsTheDayOnceAndReopeningClearsIt() {
        ImprovementAction open = due("2026-12-01", ActionStatus.ON_TRACK);
        ImprovementAction done = open.withStatus(ActionStatus.COMPLETE, MONDAY);
        assertThat(done.completedOn()).isEqualTo(MONDAY);
        assertThat(done.withStatus(ActionStatus.COMPLETE, MONDAY.plusDays(3)).completedOn()).isEqualTo(MONDAY);
        assertThat(done.withStatus(ActionStatus.AT_RISK, MONDAY.plusDays(3)).completedOn()).isNull();
        var edit = new SaveActionCommand("x", new MemberId(1), Set.of(), MONDAY, ActionStatus.COMPLETE);
        assertThat(done.with(edit, MONDAY.plusDays(9)).completedOn()).isEqualTo(MONDAY);
        assertThat(open.with(edit, MONDAY.plusDays(9)).completedOn()).isEqualTo(MONDAY.plusDays(9));
    }
}
