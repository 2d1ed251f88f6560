package org.lscp.workspace.domain.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.decision;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.escalation.model.RaiseEscalationCommand;
import org.lscp.workspace.domain.escalation.service.EscalationService;
import org.lscp.workspace.domain.fixtures.InMemoryNoticeRepository;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.frontdoor.model.ThresholdLevel;
import org.lscp.workspace.domain.frontdoor.service.CaseworkService;
import org.lscp.workspace.domain.frontdoor.service.DecisionService;
import org.lscp.workspace.domain.notice.model.Notice;
import org.lscp.workspace.domain.notice.service.NoticeSender;
import org.lscp.workspace.domain.notice.service.NoticeService;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;

class AgencyNoticesTest {
    private final TestPartnerships world = TestPartnerships.withFrontDoor();
    private final InMemoryNoticeRepository stored = new InMemoryNoticeRepository();
    private final NoticeService notices = new NoticeService(stored, world.changes, world.auditor);
    private final NoticeSender sender = new NoticeSender(stored, world.directory, world.changes, world.auditor);
    private final DecisionService deciding = new DecisionService(world.contacts, world.decisions, world.checks,
            world.plan, world.holidays, world.auditor, sender, world.flagKeeper, world.measures);
    private final CaseworkService casework = new CaseworkService(world.contacts, world.checks, world.directory,
            world.holidays, world.auditor, sender, world.flagKeeper);
    private final EscalationService escalations = new EscalationService(world.escalations, world.settings,
            world.decisionRecords, world.deciding::decide, world.directory, world.directory, world.plan,
            world.holidays, world.auditor, sender, world.childIdentifiers);

    @Test
    void anAgencyAskedToCheckHearsOfItAndOnlyItsMembersWhoSeeChildrensRecords() {
        world.addMember(world.adminA(), "Lee Board", "lee@northshire.example.org", TestPartnerships.A_HEALTH,
                Role.LEAD_OFFICER);
        var contact = world.recordContact(world.practitionerA(), "N-1");
        casework.requestChecks(world.mashPractitionerA(), contact.requireId(),
                Set.of(world.healthPractitionerA().agencyId()));
        var inbox = notices.inbox(world.healthPractitionerA(), PageRequest.first(5));
        assertThat(inbox).singleElement().satisfies(n -> {
            assertThat(n.text()).startsWith("The MASH asked your agency to check what it knows for contact "
                    + contact.reference());
            assertThat(n.subject()).isEqualTo("contact/" + contact.requireId().value());
        });
        assertThat(notices.unread(world.actorByEmail("lee@northshire.example.org"))).isZero();
        assertThat(notices.unread(world.practitionerA())).isZero();
    }

    @Test
    void theAgencyAnEscalationIsRaisedWithHearsOfIt() {
        var contact = world.recordContact(world.healthPractitionerA(), "N-2");
        var nfa = world.deciding.decide(world.mashManagerA(), contact.requireId(), contact.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
        var e = escalations.raise(world.healthPractitionerA(), new RaiseEscalationCommand(nfa.id(), null, null, "d",
                "o", false, null, Set.of()));
        for (var member : new org.lscp.workspace.domain.shared.Actor[] {world.mashPractitionerA(),
                world.mashManagerA()}) {
            assertThat(notices.inbox(member, PageRequest.first(5))).extracting(Notice::subject)
                    .containsExactly("escalation/" + e.requireId());
        }
        assertThat(notices.unread(world.boardChairA())).isZero();
        assertThat(notices.unread(world.healthPractitionerA())).isZero();
    }

    @Test
    void whoeverRecordedAContactHearsOfItsDecisionButNotOfTheirOwn() {
        var contact = world.recordContact(world.practitionerA(), "N-3");
        deciding.decide(world.mashManagerA(), contact.requireId(), contact.version(),
                decision(ThresholdLevel.CHILD_IN_NEED_ASSESSMENT, false));
        assertThat(notices.inbox(world.practitionerA(), PageRequest.first(5))).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo(TestPartnerships.MASH_MANAGER_A_NAME + " decided on contact "
                    + contact.reference() + ", which you recorded: Child in need assessment (s17).");
            assertThat(n.subject()).isEqualTo("contact/" + contact.requireId().value());
        });

        var own = world.recordContact(world.mashManagerA(), "N-4");
        deciding.decide(world.mashManagerA(), own.requireId(), own.version(),
                decision(ThresholdLevel.NO_FURTHER_ACTION, false));
        assertThat(notices.unread(world.mashManagerA())).isZero();
    }
}
