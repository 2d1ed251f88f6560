package org.lscp.workspace.domain.plan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.shared.change.Change;

class PlanSubjectsTest {
    private final TestPartnerships world = TestPartnerships.create();
    private final PlanSubjects subjects = new PlanSubjects(world.recommendations, world.actions);

    @Test
    void theWholePartnershipSeesItsPlanAndNoOneElseDoes() {
        world.today(LocalDate.of(2026, 11, 25));
        var inspection = world.addInspection(world.adminA(), "JTAI", LocalDate.of(2026, 1, 5));
        var first = world.addRecommendation(world.adminA(), inspection, 1, world.leadOfficerA().memberId());
        var second = world.addRecommendation(world.adminA(), inspection, 2, world.leadOfficerA().memberId());
        var action = world.addAction(world.adminA(), first, "Train the front door", world.leadOfficerA().memberId(),
                LocalDate.of(2027, 1, 4));
        String recommendation = Change.recommendation(first.requireId().value());
        String onAction = Change.action(first.requireId().value(), action.requireId().value());

        for (var member : new org.lscp.workspace.domain.shared.Actor[] {world.practitionerA(), world.boardChairA(),
                world.leadOfficerA()}) {
            assertThat(subjects.maySee(member, recommendation)).isTrue();
            assertThat(subjects.maySee(member, onAction)).isTrue();
        }
        assertThat(subjects.maySee(world.adminB(), recommendation)).isFalse();
        assertThat(subjects.maySee(world.adminB(), onAction)).isFalse();
        // the action under another recommendation, a missing one, and subjects that are not the plan's
        assertThat(subjects.maySee(world.adminA(), Change.action(second.requireId().value(),
                action.requireId().value()))).isFalse();
        assertThat(subjects.maySee(world.adminA(), Change.recommendation(999))).isFalse();
        assertThat(subjects.maySee(world.adminA(), recommendation + "/actions/x")).isFalse();
        assertThat(subjects.maySee(world.adminA(), "plan/recommendations/99999999999999999999")).isFalse();
        assertThat(subjects.maySee(world.adminA(), Change.contact(1))).isFalse();
        assertThat(subjects.maySee(world.adminA(), "plan/recommendations/0" + first.requireId().value()))
                .as("one spelling only").isFalse();
    }
}
