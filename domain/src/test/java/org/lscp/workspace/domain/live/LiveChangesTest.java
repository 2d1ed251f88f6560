package org.lscp.workspace.domain.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.ConcernCategory;
import org.lscp.workspace.domain.frontdoor.model.Rag;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.live.service.LiveChangesService;

class LiveChangesTest {
    private final TestPartnerships world = TestPartnerships.withFrontDoor();

    @Test
    void everyWriteIsPublishedUnderWhatShowsIt() {
        var contact = world.recordContact(world.healthPractitionerA(), "L-1", Rag.AMBER, true,
                ConcernCategory.SEXUAL_ABUSE);
        int before = world.changes.published().size();
        var nfa = world.deciding.decide(world.mashManagerA(), contact.requireId(), contact.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
        String subject = Change.contact(contact.requireId().value());
        assertThat(world.changes.published().subList(before, world.changes.published().size()))
                .extracting(Change::subject).isNotEmpty().allMatch(subject::equals);
        var e = world.escalationService.raise(world.healthPractitionerA(), new RaiseEscalationCommand(nfa.id(), null,
                null, "d", "o", false, null, Set.of()));
        assertThat(world.changes.published().getLast()).as("it says who made it")
                .isEqualTo(new Change(world.partnershipA(), Change.escalation(e.requireId()),
                        world.healthPractitionerA().memberId()));
        Change raised = world.changes.published().getLast();
        assertThat(raised.byAnotherMemberThan(world.healthPractitionerA().memberId())).isFalse();
        assertThat(raised.byAnotherMemberThan(world.mashManagerA().memberId())).isTrue();
        assertThat(new Change(world.partnershipA(), "contact/1").byAnotherMemberThan(world.mashManagerA().memberId()))
                .as("the system's own changes are nobody's").isFalse();
    }

    @Test
    void aViewHearsOnlyItsOwnPartnership() throws Exception {
        List<Change> heardByA = new ArrayList<>();
        LiveChangesService live = new LiveChangesService(world.changes);
        try (AutoCloseable listening = live.listen(world.mashManagerA(), heardByA::add)) {
            world.agencyService.create(world.adminB(),
                    new org.lscp.workspace.domain.partnership.model.SaveAgencyCommand("B police",
                            org.lscp.workspace.domain.partnership.model.AgencyKind.POLICE, true));
            assertThat(heardByA).isEmpty();
            world.recordContact(world.practitionerA(), "L-2");
            assertThat(heardByA).extracting(Change::subject).anyMatch(s -> s.startsWith("contact/"));
        }
        int heard = heardByA.size();
        world.recordContact(world.practitionerA(), "L-3");
        assertThat(heardByA).hasSize(heard);
    }
}
