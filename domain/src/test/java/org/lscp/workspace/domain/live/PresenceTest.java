package org.lscp.workspace.domain.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.shared.change.Change;
import org.lscp.workspace.domain.live.port.in.Presence;
import org.lscp.workspace.domain.live.port.out.PresenceRegistry;
import org.lscp.workspace.domain.live.service.PresenceService;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;

class PresenceTest {
    private final TestPartnerships world = TestPartnerships.withFrontDoor();

    /** A plain registry, as simple as the contract needs. */
    private static final class Registry implements PresenceRegistry {
        private final Map<String, List<Viewer>> open = new ConcurrentHashMap<>();

        @Override
        public AutoCloseable enter(PartnershipId partnership, String subject, MemberId member, String name) {
            Viewer v = new Viewer(member, name);
            open.computeIfAbsent(partnership.value() + subject, k -> new ArrayList<>()).add(v);
            return () -> open.get(partnership.value() + subject).remove(v);
        }

        @Override
        public List<Viewer> viewers(PartnershipId partnership, String subject) {
            return List.copyOf(open.getOrDefault(partnership.value() + subject, List.of()));
        }
    }

    /** In these tests only the MASH and health members may see the contacts; the police practitioner may not. */
    private final PresenceService presence = new PresenceService(new Registry(), world.changes,
            (members, subject) -> members.stream()
                    .filter(actor -> !actor.memberId().equals(world.practitionerA().memberId())).toList());

    @Test
    void othersSeeWhoHasARecordOpenAndAreToldWhenItChanges() throws Exception {
        String contact = Change.contact(5);
        AutoCloseable manager = presence.enter(world.mashManagerA(), contact);
        AutoCloseable tab2 = presence.enter(world.mashManagerA(), contact);
        presence.enter(world.healthPractitionerA(), contact);
        assertThat(presence.others(world.healthPractitionerA(), contact))
                .containsExactly(TestPartnerships.MASH_MANAGER_A_NAME);
        assertThat(presence.others(world.mashManagerA(), contact))
                .containsExactly(TestPartnerships.HEALTH_PRACTITIONER_A_NAME);
        manager.close();
        assertThat(presence.others(world.healthPractitionerA(), contact)).as("still open in a second tab")
                .containsExactly(TestPartnerships.MASH_MANAGER_A_NAME);
        tab2.close();
        assertThat(presence.others(world.healthPractitionerA(), contact)).isEmpty();
        assertThat(world.changes.published()).extracting(Change::subject).filteredOn(s -> s.startsWith("presence/"))
                .containsOnly(Presence.of(contact)).hasSize(5);
    }

    @Test
    void presenceStaysInsideAPartnership() {
        String contact = Change.contact(6);
        presence.enter(world.adminB(), contact);
        assertThat(presence.others(world.mashManagerA(), contact)).isEmpty();
    }

    @Test
    void aMemberWhoMayNotSeeTheRecordNeitherLearnsNorTellsWhoIsLooking() {
        String contact = Change.contact(7);
        presence.enter(world.mashManagerA(), contact);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> presence.others(world.practitionerA(), contact))
                .isInstanceOf(org.lscp.workspace.domain.shared.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> presence.enter(world.practitionerA(), contact))
                .isInstanceOf(org.lscp.workspace.domain.shared.NotFoundException.class);
        assertThat(presence.others(world.healthPractitionerA(), contact))
                .containsExactly(TestPartnerships.MASH_MANAGER_A_NAME);
    }
}
