package org.lscp.workspace.persistence.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.LoginThrottle;
import org.lscp.workspace.domain.partnership.model.Member;
import org.lscp.workspace.domain.partnership.model.MemberFilter;
import org.lscp.workspace.domain.partnership.model.Partnership;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.partnership.model.SaveMemberCommand;
import org.lscp.workspace.domain.partnership.port.out.AgencyRepository;
import org.lscp.workspace.domain.partnership.port.out.LoginThrottleRepository;
import org.lscp.workspace.domain.partnership.port.out.MemberRepository;
import org.lscp.workspace.domain.partnership.port.out.PartnershipRepository;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The partnership adapters against the real MariaDB schema built by Flyway (ddl-auto=validate). */
@SpringBootTest
@Transactional
class JpaPartnershipAdaptersIT {
    @Autowired PartnershipRepository partnerships;
    @Autowired AgencyRepository agencies;
    @Autowired MemberRepository members;
    @Autowired LoginThrottleRepository throttles;

    PartnershipId enfield;
    PartnershipId barking;

    @BeforeEach
    void partnerships() {
        enfield = partnerships.save(new Partnership(null, "Enfield " + System.nanoTime(), "Enfield")).id();
        barking = partnerships.save(new Partnership(null, "Barking " + System.nanoTime(), "Barking and Dagenham")).id();
    }

    private Agency agency(PartnershipId p, String name, AgencyKind kind) {
        return agencies.save(Agency.create(p, new SaveAgencyCommand(name, kind, kind == AgencyKind.POLICE)));
    }

    @Test
    void savesFindsAndScopesAgenciesToTheirPartnership() {
        Agency police = agency(enfield, "Metropolitan Police", AgencyKind.POLICE);

        assertThat(agencies.find(enfield, police.requireId())).contains(police);
        assertThat(agencies.find(barking, police.requireId())).isEmpty();
        assertThat(police.version()).isZero();
    }

    @Test
    void agencyNamesAreUniquePerPartnershipIgnoringCase() {
        Agency police = agency(enfield, "Metropolitan Police", AgencyKind.POLICE);

        assertThat(agencies.nameTaken(enfield, "metropolitan POLICE", null)).isTrue();
        assertThat(agencies.nameTaken(enfield, "metropolitan police", police.requireId())).isFalse();
        assertThat(agencies.nameTaken(barking, "Metropolitan Police", null)).isFalse();
        assertThatThrownBy(() -> agency(enfield, "METROPOLITAN police", AgencyKind.POLICE))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("name"));
    }

    @Test
    void staleAgencyVersionIsRefused() {
        Agency police = agency(enfield, "Police", AgencyKind.POLICE);
        Agency renamed = agencies.save(police.with(new SaveAgencyCommand("Met Police", AgencyKind.POLICE, true)));
        assertThat(renamed.version()).isEqualTo(1);

        assertThatThrownBy(() -> agencies.save(police.with(new SaveAgencyCommand("Old", AgencyKind.POLICE, true))))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void filtersAndPagesAgenciesByNameAndKindSortedByName() {
        agency(enfield, "Health - North Middlesex", AgencyKind.HEALTH);
        agency(enfield, "Health - Barnet Enfield and Haringey", AgencyKind.HEALTH);
        agency(enfield, "Police", AgencyKind.POLICE);
        agency(enfield, "100% Youth", AgencyKind.VOLUNTARY_SECTOR);
        agency(barking, "Health - Barking", AgencyKind.HEALTH);

        assertThat(agencies.find(enfield, new AgencyFilter("health", null), PageRequest.first(10)))
                .extracting(Agency::name)
                .containsExactly("Health - Barnet Enfield and Haringey", "Health - North Middlesex");
        assertThat(agencies.count(enfield, new AgencyFilter(null, AgencyKind.HEALTH))).isEqualTo(2);
        assertThat(agencies.find(enfield, AgencyFilter.NONE, new PageRequest(1, 2))).extracting(Agency::name)
                .containsExactly("Health - Barnet Enfield and Haringey", "Health - North Middlesex");
        assertThat(agencies.count(enfield, new AgencyFilter("%", null))).as("wildcards are literal").isEqualTo(1);
    }

    @Test
    void membersKeepRolesAndFilterByRoleAgencyAndActive() {
        Agency police = agency(enfield, "Police", AgencyKind.POLICE);
        Agency csc = agency(enfield, "Children's social care", AgencyKind.CHILDRENS_SOCIAL_CARE);
        Member pc = members.save(Member.create(enfield, new SaveMemberCommand("Priya Patel", "priya@police.example",
                police.requireId(), Set.of(Role.PRACTITIONER)), "hash"));
        Member manager = members.save(Member.create(enfield, new SaveMemberCommand("Mo Khan", "mo@enfield.example",
                csc.requireId(), EnumSet.of(Role.MASH_MANAGER, Role.LEAD_OFFICER)), "hash"));
        members.save(manager.withActive(false));

        assertThat(members.find(enfield, manager.requireId()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.MASH_MANAGER, Role.LEAD_OFFICER);
        assertThat(members.find(barking, manager.requireId())).isEmpty();
        assertThat(members.find(enfield, new MemberFilter(null, null, Role.LEAD_OFFICER, null), PageRequest.first(10)))
                .extracting(Member::name).containsExactly("Mo Khan");
        assertThat(members.count(enfield, new MemberFilter(null, police.requireId(), null, null))).isEqualTo(1);
        assertThat(members.count(enfield, new MemberFilter(null, null, null, true))).isEqualTo(1);
        assertThat(members.count(enfield, new MemberFilter("POLICE.example", null, null, null))).isEqualTo(1);
        assertThat(members.findByEmail("priya@police.example")).map(Member::id).contains(pc.id());
    }

    @Test
    void changingRolesReplacesThem() {
        Agency police = agency(enfield, "Police", AgencyKind.POLICE);
        Member pc = members.save(Member.create(enfield, new SaveMemberCommand("Priya Patel", "p2@police.example",
                police.requireId(), Set.of(Role.PRACTITIONER)), "hash"));

        Member changed = members.save(pc.with(new SaveMemberCommand("Priya Patel", "p2@police.example",
                police.requireId(), Set.of(Role.MASH_PRACTITIONER))));

        assertThat(members.find(enfield, changed.requireId()).orElseThrow().roles()).containsExactly(Role.MASH_PRACTITIONER);
    }

    @Test
    void emailIsUniqueAcrossPartnerships() {
        Agency police = agency(enfield, "Police", AgencyKind.POLICE);
        Agency other = agency(barking, "Police", AgencyKind.POLICE);
        members.save(Member.create(enfield, new SaveMemberCommand("A", "same@example.org", police.requireId(),
                Set.of(Role.PRACTITIONER)), "hash"));

        assertThat(members.emailTaken("same@example.org", null)).isTrue();
        assertThatThrownBy(() -> members.save(Member.create(barking, new SaveMemberCommand("B", "same@example.org",
                other.requireId(), Set.of(Role.PRACTITIONER)), "hash"))).isInstanceOf(ValidationException.class)
                .as("the same words whichever partnership has it").hasMessage(SaveMemberCommand.EMAIL_UNAVAILABLE);
    }

    @Test
    void aTemporaryPasswordIsFlaggedUntilReplaced() {
        Agency police = agency(enfield, "Police", AgencyKind.POLICE);
        Member pc = members.save(Member.create(enfield, new SaveMemberCommand("Priya Patel", "p4@police.example",
                police.requireId(), Set.of(Role.PRACTITIONER)), "{bcrypt}temporary", true));
        assertThat(members.findByEmail("p4@police.example").orElseThrow().mustChangePassword()).isTrue();

        Member own = members.save(pc.withPassword("{argon2id}own", false));

        Member stored = members.find(enfield, own.requireId()).orElseThrow();
        assertThat(stored.mustChangePassword()).isFalse();
        assertThat(stored.passwordHash()).isEqualTo("{argon2id}own");
        assertThat(stored.version()).isEqualTo(pc.version() + 1);
    }

    @Test
    void activeActorJoinsAgencyAndPartnershipNamesAndSkipsDeactivatedMembers() {
        Agency police = agency(enfield, "Police", AgencyKind.POLICE);
        Member pc = members.save(Member.create(enfield, new SaveMemberCommand("Priya Patel", "p3@police.example",
                police.requireId(), Set.of(Role.PRACTITIONER)), "hash"));

        var actor = members.activeActor(pc.requireId()).orElseThrow();
        assertThat(actor.agencyName()).isEqualTo("Police");
        assertThat(actor.partnershipName()).startsWith("Enfield");
        assertThat(actor.roles()).containsExactly(Role.PRACTITIONER);

        members.save(pc.withActive(false));
        assertThat(members.activeActor(pc.requireId())).isEmpty();
    }

    @Test
    void activeActorsOfAnAgencyOrRoleComeInOneListByName() {
        Agency police = agency(enfield, "Police", AgencyKind.POLICE);
        Agency health = agency(enfield, "Health", AgencyKind.HEALTH);
        Member zoe = members.save(Member.create(enfield, new SaveMemberCommand("Zoe Hart", "z@police.example",
                police.requireId(), Set.of(Role.PRACTITIONER, Role.LINE_MANAGER)), "hash"));
        members.save(Member.create(enfield, new SaveMemberCommand("Adam Bell", "a@police.example",
                police.requireId(), Set.of(Role.PRACTITIONER)), "hash"));
        members.save(Member.create(enfield, new SaveMemberCommand("Hana Ito", "h@health.example",
                health.requireId(), Set.of(Role.LINE_MANAGER)), "hash"));
        Member gone = members.save(Member.create(enfield, new SaveMemberCommand("Ola Gone", "o@police.example",
                police.requireId(), Set.of(Role.LINE_MANAGER)), "hash"));
        members.save(gone.withActive(false));

        assertThat(members.activeActors(enfield, new MemberFilter(null, police.requireId(), null, null)))
                .extracting(a -> a.name()).containsExactly("Adam Bell", "Zoe Hart");
        assertThat(members.activeActors(enfield, new MemberFilter(null, null, Role.LINE_MANAGER, null)))
                .extracting(a -> a.name()).containsExactly("Hana Ito", "Zoe Hart");
        assertThat(members.activeActors(enfield, MemberFilter.NONE)).filteredOn(a -> a.name().equals("Zoe Hart"))
                .singleElement().satisfies(a -> {
                    assertThat(a.memberId()).isEqualTo(zoe.requireId());
                    assertThat(a.agencyName()).isEqualTo("Police");
                    assertThat(a.roles()).containsExactlyInAnyOrder(Role.PRACTITIONER, Role.LINE_MANAGER);
                });
        assertThat(members.activeActors(barking, MemberFilter.NONE)).isEmpty();
    }

    @Test
    void loginThrottleIsSavedAndCleared() {
        Instant until = Instant.parse("2026-11-22T10:15:30.123456Z");
        throttles.save(new LoginThrottle("who@example.org", 5, until));

        assertThat(throttles.find("who@example.org")).contains(new LoginThrottle("who@example.org", 5, until));
        throttles.clear("who@example.org");
        assertThat(throttles.find("who@example.org")).isEmpty();
    }
}
