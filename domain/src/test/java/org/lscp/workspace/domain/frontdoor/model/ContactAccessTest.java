package org.lscp.workspace.domain.frontdoor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.MemberId;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;

class ContactAccessTest {
    private static final PartnershipId P = new PartnershipId(1);
    private static final AgencyId POLICE = new AgencyId(2);
    private static final AgencyId HEALTH = new AgencyId(3);
    private static final AgencyId MASH = new AgencyId(4);

    private static Contact contact(@Nullable AgencyId agency, ContactSource source) {
        Instant at = Instant.parse("2026-01-15T12:00:00Z");
        return Contact.received(P, new Receipt(at, agency, source, source.label(), Channel.IMPORTED, new MemberId(1)),
                new Child("CS-1", "(not in Annex A)", null, Gender.FEMALE, Ethnicity.WBRI, Disability.NOT_KNOWN),
                new Concern(Set.of(ConcernCategory.OTHER), false, "Imported", ConsentBasis.NOT_REQUIRED, Rag.GREEN), at,
                Set.of()).markedDecided().saved(new ContactId(9), "C-2026-000009", 0);
    }

    private static Actor actor(AgencyId agency, Role... roles) {
        return new Actor(new MemberId(5), "Someone", P, "P", agency, "Agency", Set.of(roles));
    }

    @Test
    void aContactFromNoAgencyIsSeenByTheMashOnly() {
        Contact acquaintance = contact(null, ContactSource.S1B);
        assertThat(ContactAccess.maySee(actor(MASH, Role.MASH_PRACTITIONER), acquaintance, List.of())).isTrue();
        assertThat(ContactAccess.maySee(actor(MASH, Role.MASH_MANAGER), acquaintance, List.of())).isTrue();
        assertThat(ContactAccess.maySee(actor(POLICE, Role.PRACTITIONER), acquaintance, List.of())).isFalse();
        assertThat(ContactAccess.maySee(actor(HEALTH, Role.PRACTITIONER), acquaintance, List.of())).isFalse();
        assertThat(ContactAccess.maySee(actor(MASH, Role.PARTNERSHIP_ADMIN), acquaintance, List.of())).isFalse();
        assertThat(ContactAccess.maySee(actor(MASH, Role.BOARD_CHAIR, Role.MASH_MANAGER), acquaintance, List.of()))
                .isFalse();
    }

    @Test
    void anAgencyAskedToCheckAContactFromNoAgencySeesIt() {
        Contact anonymous = contact(null, ContactSource.S9);
        assertThat(ContactAccess.maySee(actor(HEALTH, Role.PRACTITIONER), anonymous, List.of(HEALTH))).isTrue();
        assertThat(ContactAccess.maySee(actor(POLICE, Role.PRACTITIONER), anonymous, List.of(HEALTH))).isFalse();
    }

    @Test
    void aContactFromAnAgencyIsSeenByThatAgencysPractitioners() {
        Contact police = contact(POLICE, ContactSource.S6);
        assertThat(ContactAccess.maySee(actor(POLICE, Role.PRACTITIONER), police, List.of())).isTrue();
        assertThat(ContactAccess.maySee(actor(HEALTH, Role.PRACTITIONER), police, List.of())).isFalse();
    }
}
