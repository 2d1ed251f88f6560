package org.lscp.workspace.domain.partnership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lscp.workspace.domain.fixtures.TestPartnerships.A_POLICE;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.Agency;
import org.lscp.workspace.domain.partnership.model.AgencyFilter;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.AgencyId;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.Role;
import org.lscp.workspace.domain.shared.ValidationException;

class AgencyServiceTest {
    private static final SaveAgencyCommand SCHOOLS =
            new SaveAgencyCommand("Northshire Schools", AgencyKind.EDUCATION, false);

    private TestPartnerships world;
    private AgencyService service;
    private Actor admin;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = world.agencyService;
        admin = world.adminA();
    }

    private List<AuditEntry> auditOf(Agency agency) {
        return world.auditLog.all().stream()
                .filter(e -> e.entityType().equals("Agency") && e.entityId().equals(agency.auditId()))
                .toList();
    }

    @Test
    void adminCreatesAnAgencyInTheirPartnership() {
        Agency created = service.create(admin, SCHOOLS);

        assertThat(created.id()).isNotNull();
        assertThat(created.partnershipId()).isEqualTo(world.partnershipA());
        assertThat(created.name()).isEqualTo("Northshire Schools");
        assertThat(created.kind()).isEqualTo(AgencyKind.EDUCATION);
        assertThat(created.statutoryPartner()).isFalse();
        assertThat(created.version()).isZero();
        assertThat(service.get(admin, created.requireId())).isEqualTo(created);
    }

    @Test
    void everyPageNamesTheAgenciesOfItsOwnPartnershipOneWay() {
        Agency schools = service.create(admin, SCHOOLS);
        assertThat(service.all(world.practitionerA())).extracting(Agency::name).contains(SCHOOLS.name())
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(service.names(world.practitionerA())).containsEntry(schools.requireId(), SCHOOLS.name())
                .containsOnlyKeys(service.all(world.practitionerA()).stream().map(Agency::requireId).toList());
        assertThat(service.names(world.adminB())).as("another partnership's").doesNotContainKey(schools.requireId());
    }

    @Test
    void creatingWritesAnAuditEntryWithTheAfterState() {
        world.clock.advance(Duration.ofHours(1));
        Agency created = service.create(admin, SCHOOLS);

        assertThat(auditOf(created)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
            assertThat(e.partnershipId()).isEqualTo(world.partnershipA());
            assertThat(e.actor()).isEqualTo(admin.memberId());
            assertThat(e.actorName()).isEqualTo(TestPartnerships.ADMIN_A_NAME);
            assertThat(e.at()).isEqualTo(world.clock.instant());
            assertThat(e.before()).isNull();
            assertThat(e.after()).isEqualTo("name: Northshire Schools\nkind: Education\nstatutory partner: no");
        });
    }

    @Test
    void practitionerMayNotCreateAndNothingIsSavedOrAudited() {
        int agencies = world.agencies.all().size();
        int audit = world.auditLog.size();

        assertThatThrownBy(() -> service.create(world.practitionerA(), SCHOOLS))
                .isInstanceOf(NotAuthorisedException.class);

        assertThat(world.agencies.all()).hasSize(agencies);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void practitionerMayNotUpdateAndNothingChanges() {
        Agency police = service.get(admin, world.agencyId(world.partnershipA(), A_POLICE));
        int audit = world.auditLog.size();

        assertThatThrownBy(() -> service.update(world.practitionerA(), police.requireId(), police.version(),
                new SaveAgencyCommand("Renamed", AgencyKind.POLICE, true)))
                .isInstanceOf(NotAuthorisedException.class);

        assertThat(service.get(admin, police.requireId())).isEqualTo(police);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void practitionerMayReadTheirPartnershipsAgencies() {
        Actor practitioner = world.practitionerA();
        AgencyId police = world.agencyId(world.partnershipA(), A_POLICE);
        assertThat(service.get(practitioner, police).name()).isEqualTo(A_POLICE);
        assertThat(service.count(practitioner, AgencyFilter.NONE)).isEqualTo(3);
    }

    @Test
    void duplicateNameIsRejectedIgnoringCase() {
        int agencies = world.agencies.all().size();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, new SaveAgencyCommand("  NORTHSHIRE police ", AgencyKind.POLICE, true)));

        assertThat(e.fieldErrors()).containsEntry("name", SaveAgencyCommand.NAME_TAKEN);
        assertThat(world.agencies.all()).hasSize(agencies);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Northshire Pоlice",          // a Cyrillic о
            "Nοrthshire Police",          // a Greek ο
            "Northshire  Police",         // a double space (tidied to one on save, then the same name)
            "Northshire - Police",        // a dash for the space
            "Nórthshire Police",          // an accent
            "Northshire Po1ice",          // a one for an l
            "ＮＯＲＴＨＳＨＩＲＥ police"   // full-width letters
    })
    void aNameThatLooksTheSameAsAnotherAgencysIsRefusedAndNothingSaved(String lookalike) {
        int agencies = world.agencies.all().size();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.create(admin, new SaveAgencyCommand(lookalike, AgencyKind.POLICE, true)));

        assertThat(e.fieldErrors().get("name")).satisfiesAnyOf(
                m -> assertThat(m).isEqualTo(SaveAgencyCommand.NAME_TAKEN),
                m -> assertThat(m).contains("looks the same as the agency \u201cNorthshire Police\u201d"));
        assertThat(world.agencies.all()).hasSize(agencies);
    }

    @Test
    void differentNamesAreStillDifferent() {
        assertThat(AgencyNames.skeleton("Northshire Probation")).isNotEqualTo(AgencyNames.skeleton(A_POLICE));
        assertThat(service.create(admin, new SaveAgencyCommand("Northshire Police Cadets", AgencyKind.POLICE, false))
                .name()).isEqualTo("Northshire Police Cadets");
    }

    @Test
    void sameNameIsAllowedInAnotherPartnership() {
        Agency inB = service.create(world.adminB(), new SaveAgencyCommand(A_POLICE, AgencyKind.POLICE, true));
        assertThat(inB.partnershipId()).isEqualTo(world.partnershipB());
        assertThat(inB.name()).isEqualTo(A_POLICE);
    }

    @Test
    void updateChangesTheAgencyAndAuditsBeforeAndAfter() {
        Agency schools = service.create(admin, SCHOOLS);
        world.clock.advance(Duration.ofMinutes(5));

        Agency updated = service.update(admin, schools.requireId(), schools.version(),
                new SaveAgencyCommand("Northshire Schools and Colleges", AgencyKind.EDUCATION, true));

        assertThat(updated.name()).isEqualTo("Northshire Schools and Colleges");
        assertThat(updated.statutoryPartner()).isTrue();
        assertThat(updated.version()).isEqualTo(schools.version() + 1);
        assertThat(auditOf(schools)).hasSize(2).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATED);
            assertThat(e.actor()).isEqualTo(admin.memberId());
            assertThat(e.at()).isEqualTo(world.clock.instant());
            assertThat(e.before()).isEqualTo("name: Northshire Schools\nkind: Education\nstatutory partner: no");
            assertThat(e.after())
                    .isEqualTo("name: Northshire Schools and Colleges\nkind: Education\nstatutory partner: yes");
        });
    }

    @Test
    void updateMayKeepTheAgencysOwnNameInADifferentCase() {
        Agency schools = service.create(admin, SCHOOLS);
        Agency updated = service.update(admin, schools.requireId(), schools.version(),
                new SaveAgencyCommand("NORTHSHIRE SCHOOLS", AgencyKind.EDUCATION, false));
        assertThat(updated.name()).isEqualTo("NORTHSHIRE SCHOOLS");
    }

    @Test
    void updateToAnotherAgencysNameIsRejected() {
        Agency schools = service.create(admin, SCHOOLS);
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> service.update(admin, schools.requireId(), schools.version(),
                        new SaveAgencyCommand("northshire police", AgencyKind.EDUCATION, false)));
        assertThat(e.fieldErrors()).containsEntry("name", SaveAgencyCommand.NAME_TAKEN);
        assertThat(service.get(admin, schools.requireId())).isEqualTo(schools);
    }

    @Test
    void updateWithAStaleVersionSaysWhoChangedIt() {
        Agency schools = service.create(admin, SCHOOLS);
        Actor otherAdmin = world.actorByEmail(world.addMember(admin, "Dev Singh", "dev@northshire.example.org",
                A_POLICE, Role.PARTNERSHIP_ADMIN).email());
        service.update(otherAdmin, schools.requireId(), schools.version(),
                new SaveAgencyCommand("Northshire Schools Forum", AgencyKind.EDUCATION, false));
        int audit = world.auditLog.size();

        assertThatThrownBy(() -> service.update(admin, schools.requireId(), schools.version(),
                new SaveAgencyCommand("Northshire Schools (stale)", AgencyKind.EDUCATION, false)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by Dev Singh")
                .hasMessage("This agency was changed by Dev Singh while you were editing it. "
                        + "Reload to see the latest version, then make your change again.");

        assertThat(service.get(admin, schools.requireId()).name()).isEqualTo("Northshire Schools Forum");
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void updateOfAnUnknownAgencyIsNotFound() {
        assertThatThrownBy(() -> service.update(admin, new AgencyId(9999), 0, SCHOOLS))
                .isInstanceOf(NotFoundException.class).hasMessage("Agency not found.");
    }

    @Test
    void listIsSortedByNameFilteredAndPaged() {
        service.create(admin, new SaveAgencyCommand("Amberley Academy", AgencyKind.EDUCATION, false));
        service.create(admin, new SaveAgencyCommand("Zeal Housing", AgencyKind.HOUSING, false));

        assertThat(service.list(admin, AgencyFilter.NONE, PageRequest.first(10))).extracting(Agency::name)
                .containsExactly("Amberley Academy", "Northshire Children's Services",
                        "Northshire Integrated Care Board", "Northshire Police", "Zeal Housing");
        assertThat(service.count(admin, AgencyFilter.NONE)).isEqualTo(5);
        assertThat(service.list(admin, AgencyFilter.NONE, new PageRequest(1, 2))).extracting(Agency::name)
                .containsExactly("Northshire Children's Services", "Northshire Integrated Care Board");
        assertThat(service.list(admin, new AgencyFilter("  NORTHSHIRE ", null), PageRequest.first(10))).hasSize(3);
        assertThat(service.list(admin, new AgencyFilter(null, AgencyKind.EDUCATION), PageRequest.first(10)))
                .extracting(Agency::name).containsExactly("Amberley Academy");
        assertThat(service.count(admin, new AgencyFilter("northshire", AgencyKind.POLICE))).isEqualTo(1);
    }

    @Test
    void provisioningAuditedTheAgenciesAsTheSystem() {
        List<AuditEntry> entries = world.auditLog.find(world.partnershipA(),
                new AuditFilter(null, "Agency", null, null), PageRequest.first(50));
        assertThat(entries).hasSize(3).allSatisfy(e -> {
            assertThat(e.actor()).isNull();
            assertThat(e.actorName()).isEqualTo("System");
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
        });
    }
}
