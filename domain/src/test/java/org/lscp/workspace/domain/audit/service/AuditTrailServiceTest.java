package org.lscp.workspace.domain.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.audit.model.AuditEntry;
import org.lscp.workspace.domain.audit.model.AuditFilter;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.partnership.model.AgencyKind;
import org.lscp.workspace.domain.partnership.model.SaveAgencyCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.PageRequest;
import org.lscp.workspace.domain.shared.ValidationException;

class AuditTrailServiceTest {
    private TestPartnerships world;
    private AuditTrailService service;
    private Actor admin;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = world.auditTrailService;
        admin = world.adminA();
    }

    @Test
    void onlyAPartnershipAdminMayBrowse() {
        Actor practitioner = world.practitionerA();
        assertThatThrownBy(() -> service.list(practitioner, AuditFilter.NONE, PageRequest.first(10)))
                .isInstanceOf(NotAuthorisedException.class);
        assertThatThrownBy(() -> service.count(practitioner, AuditFilter.NONE))
                .isInstanceOf(NotAuthorisedException.class);
    }

    @Test
    void adminSeesOnlyTheirOwnPartnershipsTrail() {
        // Provisioning A: 3 agencies + 4 members; B: 1 agency + 1 member.
        assertThat(service.count(admin, AuditFilter.NONE)).isEqualTo(7);
        assertThat(service.list(admin, AuditFilter.NONE, PageRequest.first(50)))
                .allSatisfy(e -> assertThat(e.partnershipId()).isEqualTo(world.partnershipA()));
        assertThat(service.count(world.adminB(), AuditFilter.NONE)).isEqualTo(2);
        assertThat(service.list(world.adminB(), AuditFilter.NONE, PageRequest.first(50)))
                .allSatisfy(e -> assertThat(e.partnershipId()).isEqualTo(world.partnershipB()));
    }

    @Test
    void listIsNewestFirstAndPaged() {
        world.clock.advance(Duration.ofMinutes(1));
        world.agencyService.create(admin, new SaveAgencyCommand("First", AgencyKind.OTHER, false));
        world.clock.advance(Duration.ofMinutes(1));
        world.agencyService.create(admin, new SaveAgencyCommand("Second", AgencyKind.OTHER, false));

        assertThat(service.list(admin, AuditFilter.NONE, PageRequest.first(2))).extracting(AuditEntry::after)
                .containsExactly("name: Second\nkind: Other\nstatutory partner: no",
                        "name: First\nkind: Other\nstatutory partner: no");
        assertThat(service.list(admin, AuditFilter.NONE, new PageRequest(1, 1))).extracting(AuditEntry::after)
                .containsExactly("name: First\nkind: Other\nstatutory partner: no");
        assertThat(service.list(admin, AuditFilter.NONE, PageRequest.first(50)))
                .isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    }

    @Test
    void filtersByMemberAndEntityType() {
        world.agencyService.create(admin, new SaveAgencyCommand("Schools", AgencyKind.EDUCATION, false));

        assertThat(service.list(admin, new AuditFilter(admin.memberId(), null, null, null), PageRequest.first(50)))
                .singleElement().satisfies(e -> {
                    assertThat(e.entityType()).isEqualTo("Agency");
                    assertThat(e.action()).isEqualTo(AuditAction.CREATED);
                });
        assertThat(service.count(admin, new AuditFilter(null, "Member", null, null))).isEqualTo(4);
        assertThat(service.count(admin, new AuditFilter(null, "Agency", null, null))).isEqualTo(4);
        assertThat(service.count(admin, new AuditFilter(admin.memberId(), "Member", null, null))).isZero();
    }

    @Test
    void datesAreInclusiveLondonDays() {
        // 23:30 UTC on 1 July is 00:30 BST on 2 July in London.
        world.clock.set(Instant.parse("2025-07-01T23:30:00Z"));
        world.agencyService.create(admin, new SaveAgencyCommand("Late night", AgencyKind.OTHER, false));
        LocalDate first = LocalDate.of(2025, 7, 1);
        LocalDate second = LocalDate.of(2025, 7, 2);

        assertThat(service.count(admin, new AuditFilter(null, null, second, second))).isEqualTo(1);
        assertThat(service.count(admin, new AuditFilter(null, null, first, first))).isZero();
        assertThat(service.count(admin, new AuditFilter(null, null, null, first)))
                .as("provisioning in March only").isEqualTo(7);
        assertThat(service.count(admin, new AuditFilter(null, null, second, null))).isEqualTo(1);
    }

    @Test
    void endDateBeforeStartDateIsRejected() {
        assertThatThrownBy(() -> new AuditFilter(null, null, LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The end date must be on or after the start date.");
    }
}
