package org.lscp.workspace.domain.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lscp.workspace.domain.shared.ActionId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.RecommendationId;
import org.lscp.workspace.domain.shared.WorkingCalendar;

class ActionTallyTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static ActionTally tally(long total, long complete, long overdue, long dueSoon, long offTrack,
                                     long atRisk) {
        return new ActionTally(total, complete, overdue, dueSoon, offTrack, atRisk);
    }

    @ParameterizedTest(name = "{1} of {0} complete = {2}%")
    @CsvSource({"0, 0, 0", "1, 0, 0", "1, 1, 100", "3, 1, 33", "3, 2, 66", "3, 3, 100", "200, 1, 0", "200, 199, 99",
            "8, 7, 87"})
    void percentCompleteIsWholeAndRoundedDown(long total, long complete, int percent) {
        assertThat(tally(total, complete, 0, 0, 0, 0).percentComplete()).isEqualTo(percent);
    }

    @Test
    void noneIsEmpty() {
        assertThat(ActionTally.NONE).isEqualTo(tally(0, 0, 0, 0, 0, 0));
        assertThat(ActionTally.NONE.percentComplete()).isZero();
    }

    @Test
    void ofCountsLoadedActionsLikeTheGroupedQuery() {
        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        List<ImprovementAction> actions = List.of(
                action(1, MONDAY.minusDays(1), ActionStatus.ON_TRACK),      // overdue
                action(2, MONDAY.minusDays(1), ActionStatus.COMPLETE),      // complete, not overdue
                action(3, MONDAY, ActionStatus.AT_RISK),                    // due soon, at risk
                action(4, MONDAY.plusDays(7), ActionStatus.OFF_TRACK),      // due soon (5 working days), off track
                action(5, MONDAY.plusDays(8), ActionStatus.NOT_STARTED));   // later
        assertThat(ActionTally.of(actions, MONDAY, calendar)).isEqualTo(tally(5, 1, 1, 2, 1, 1));
        assertThat(ActionTally.of(List.of(), MONDAY, calendar)).isEqualTo(ActionTally.NONE);
    }

    @Test
    void ragLabels() {
        assertThat(Rag.RED.label()).isEqualTo("Red");
        assertThat(Rag.AMBER.label()).isEqualTo("Amber");
        assertThat(Rag.GREEN.label()).isEqualTo("Green");
    }

    static ImprovementAction action(long id, LocalDate due, ActionStatus status) {
        return new ImprovementAction(new ActionId(id), new PartnershipId(1), new RecommendationId(1), "Action " + id,
                new MemberId(1), Set.of(), due, status, MONDAY.minusMonths(1),
                status == ActionStatus.COMPLETE ? MONDAY.minusDays(2) : null, 0);
    }
}
