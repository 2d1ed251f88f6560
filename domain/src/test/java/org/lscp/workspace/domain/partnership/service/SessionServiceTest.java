package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.OpenSession;
import org.lscp.workspace.domain.partnership.model.SessionEnd;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;

class SessionServiceTest {
    private static final Instant MONDAY_9 = Instant.parse("2026-12-07T09:00:00Z");
    private static final OpenSession HERE = new OpenSession("here", "Firefox on Windows", "10.1.1.1", MONDAY_9, true);
    private static final OpenSession PHONE = new OpenSession("phone", "Safari on iPhone", "10.2.2.2", MONDAY_9, false);

    private TestPartnerships world;
    private SessionService service;
    private Actor practitioner;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = world.sessionService;
        practitioner = world.practitionerA();
        world.sessions.open(practitioner.memberId(), HERE);
        world.sessions.open(practitioner.memberId(), PHONE);
    }

    private List<AuditEntry> endings() {
        return world.auditLog.all().stream().filter(e -> e.action() == AuditAction.SESSION_ENDED).toList();
    }

    @Test
    void aMemberSeesTheirOwnSessionsAndEndsOneOfThem() {
        assertThat(service.mine(practitioner)).containsExactly(HERE, PHONE);

        service.endMine(practitioner, "phone");

        assertThat(service.mine(practitioner)).containsExactly(HERE);
        assertThat(world.sessions.reasons()).containsExactly(SessionEnd.by(practitioner, SessionEnd.ENDED_BY_MEMBER));
    }

    @Test
    void aMemberEndsAllTheirOtherSessionsAndKeepsTheOneTheyAreUsing() {
        service.endMyOtherSessions(practitioner);

        assertThat(service.mine(practitioner)).containsExactly(HERE);
    }

    @Test
    void aMemberCannotEndAnotherMembersSessionByItsHandle() {
        Actor chair = world.boardChairA();

        service.endMine(chair, "phone");

        assertThat(service.mine(practitioner)).containsExactly(HERE, PHONE);
        assertThat(service.mine(chair)).isEmpty();
    }

    @Test
    void anAdminSeesAndEndsAMembersSessions() {
        Actor admin = world.adminA();
        assertThat(service.of(admin, practitioner.memberId())).containsExactly(HERE, PHONE);

        service.end(admin, practitioner.memberId(), "here");
        assertThat(service.of(admin, practitioner.memberId())).containsExactly(PHONE);

        service.endAll(admin, practitioner.memberId());
        assertThat(service.of(admin, practitioner.memberId())).isEmpty();
        assertThat(world.sessions.reasons()).extracting(SessionEnd::why)
                .containsExactly(SessionEnd.ENDED_BY_ADMIN, SessionEnd.ENDED_BY_ADMIN);
        assertThat(world.sessions.reasons()).extracting(SessionEnd::by).containsOnly(admin.memberId());
    }

    @Test
    void onlyAnAdminOfTheSamePartnershipSeesOrEndsAnothersSessions() {
        assertThatThrownBy(() -> service.of(world.boardChairA(), practitioner.memberId()))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.endAll(world.practitionerA(), practitioner.memberId()))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.of(world.adminB(), practitioner.memberId()))
                .isInstanceOf(NotFoundException.class).hasMessage("Member not found.");
        assertThatThrownBy(() -> service.endAll(world.adminB(), practitioner.memberId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.end(world.adminA(), new MemberId(987_654), "here"))
                .isInstanceOf(NotFoundException.class);

        assertThat(service.mine(practitioner)).containsExactly(HERE, PHONE);
    }

    @Test
    void anEndedSessionIsAuditedWithWhoEndedItAndWhy() {
        Actor admin = world.adminA();

        service.ended(practitioner.partnershipId(), practitioner.memberId(), PHONE,
                SessionEnd.by(admin, SessionEnd.ENDED_BY_ADMIN));
        service.ended(practitioner.partnershipId(), practitioner.memberId(), HERE,
                SessionEnd.bySystem("Workspace", SessionEnd.IDLE));

        assertThat(endings()).hasSize(2);
        AuditEntry byAdmin = endings().getFirst();
        assertThat(byAdmin.partnershipId()).isEqualTo(practitioner.partnershipId());
        assertThat(byAdmin.actor()).isEqualTo(admin.memberId());
        assertThat(byAdmin.actorName()).isEqualTo(admin.name());
        assertThat(byAdmin.entityType()).isEqualTo("Member");
        assertThat(byAdmin.entityId()).isEqualTo(String.valueOf(practitioner.memberId().value()));
        assertThat(byAdmin.after()).contains("Safari on iPhone", "10.2.2.2", "ended by: " + admin.name(),
                "why: " + SessionEnd.ENDED_BY_ADMIN);
        AuditEntry idle = endings().get(1);
        assertThat(idle.actor()).isNull();
        assertThat(idle.actorName()).isEqualTo("Workspace");
        assertThat(idle.after()).contains("why: " + SessionEnd.IDLE);
    }

    @Test
    void anEndingOfAnotherPartnershipsMemberIsNotWrittenUnderThisOne() {
        service.ended(world.adminB().partnershipId(), practitioner.memberId(), PHONE,
                SessionEnd.bySystem("Workspace", SessionEnd.IDLE));

        assertThat(endings()).isEmpty();
    }
}
