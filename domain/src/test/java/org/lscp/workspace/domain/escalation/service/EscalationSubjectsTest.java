package org.lscp.workspace.domain.escalation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.decision;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.shared.change.SubjectAccess;
import org.lscp.workspace.domain.plan.service.PlanSubjects;

class EscalationSubjectsTest {
    private final TestPartnerships world = TestPartnerships.withFrontDoor();
    private final EscalationSubjects subjects = new EscalationSubjects(world.escalations);

    @Test
    void anEscalationIsVisibleByItsOwnRuleAndAnythingElseIsNot() {
        world.clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        var contact = world.recordContact(world.healthPractitionerA(), "CH-1", Rag.AMBER, true,
                ConcernCategory.SEXUAL_ABUSE);
        var nfa = world.deciding.decide(world.mashManagerA(), contact.requireId(), contact.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
        var escalation = world.escalationService.raise(world.healthPractitionerA(), new RaiseEscalationCommand(
                nfa.id(), null, null, "Closed with no further action.", "A strategy discussion.", false, null,
                Set.of()));
        String subject = Change.escalation(escalation.requireId());

        assertThat(subjects.maySee(world.healthPractitionerA(), subject)).isTrue();
        assertThat(subjects.maySee(world.mashManagerA(), subject)).isTrue();
        assertThat(subjects.maySee(world.boardChairA(), subject)).isTrue();
        assertThat(subjects.maySee(world.adminA(), subject)).isTrue();
        assertThat(subjects.maySee(world.practitionerA(), subject)).as("police: a third agency").isFalse();
        assertThat(subjects.maySee(world.adminB(), subject)).isFalse();
        assertThat(subjects.maySee(world.adminA(), Change.escalation(999))).isFalse();
        assertThat(subjects.maySee(world.adminA(), "escalation/0" + escalation.requireId())).isFalse();
        assertThat(subjects.maySee(world.adminA(), Change.contact(contact.requireId().value()))).isFalse();
    }

    @Test
    void eachFeatureAnswersForItsOwnSubjects() {
        SubjectAccess all = SubjectAccess.anyOf(subjects, new PlanSubjects(world.recommendations, world.actions),
                (members, subject) -> subject.equals("contact/1") ? members : List.of());
        assertThat(all.maySee(world.adminA(), "contact/1")).isTrue();
        assertThat(all.maySee(world.adminA(), "contact/2")).isFalse();
        assertThat(all.maySee(world.adminA(), "anything/else")).isFalse();
    }
}
