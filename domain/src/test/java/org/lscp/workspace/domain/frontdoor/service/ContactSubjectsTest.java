package org.lscp.workspace.domain.frontdoor.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.shared.change.Change;

class ContactSubjectsTest {
    private final TestPartnerships world = TestPartnerships.withFrontDoor();
    private final ContactSubjects subjects = new ContactSubjects(world.contacts, world.checks,
            world.discussions);

    @Test
    void aContactIsVisibleByItsOwnAccessRuleAndAnythingElseIsNot() {
        var contact = world.recordContact(world.practitionerA(), "S-1");
        String subject = Change.contact(contact.requireId().value());
        assertThat(subjects.maySee(world.practitionerA(), subject)).isTrue();
        assertThat(subjects.maySee(world.mashPractitionerA(), subject)).isTrue();
        assertThat(subjects.maySee(world.healthPractitionerA(), subject)).isFalse();
        assertThat(subjects.maySee(world.boardChairA(), subject)).isFalse();
        assertThat(subjects.maySee(world.adminB(), subject)).isFalse();
        assertThat(subjects.maySee(world.mashManagerA(), "contact/not-a-number")).isFalse();
        assertThat(subjects.maySee(world.mashManagerA(), "escalation/1")).isFalse();
    }

    @Test
    void manyMembersAreAnsweredFromOneReadOfTheContact() {
        var contact = world.recordContact(world.practitionerA(), "S-2");
        var members = java.util.List.of(world.practitionerA(), world.healthPractitionerA(), world.mashManagerA(),
                world.boardChairA(), world.adminB());
        int reads = world.contacts.reads();
        assertThat(subjects.whoMaySee(members, Change.contact(contact.requireId().value())))
                .containsExactly(world.practitionerA(), world.mashManagerA());
        assertThat(world.contacts.reads() - reads).isEqualTo(1);
    }
}
