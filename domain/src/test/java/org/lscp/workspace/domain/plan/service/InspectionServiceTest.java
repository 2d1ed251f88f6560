package org.lscp.workspace.domain.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.shared.audit.AuditAction;
import org.lscp.workspace.domain.fixtures.TestPartnerships;
import org.lscp.workspace.domain.plan.model.AreaJudgement;
import org.lscp.workspace.domain.plan.model.Inspection;
import org.lscp.workspace.domain.plan.model.InspectionType;
import org.lscp.workspace.domain.plan.model.Judgement;
import org.lscp.workspace.domain.plan.model.SaveInspectionCommand;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.lscp.workspace.domain.shared.NotAuthorisedException;
import org.lscp.workspace.domain.shared.NotFoundException;

class InspectionServiceTest {
    private TestPartnerships world;
    private InspectionService service;
    private Actor admin;

    @BeforeEach
    void setUp() {
        world = TestPartnerships.create();
        service = world.inspectionService;
        admin = world.adminA();
    }

    private static SaveInspectionCommand ilacs(String title, LocalDate start) {
        return new SaveInspectionCommand("Ofsted", InspectionType.ILACS, title, start, start.plusDays(11), null,
                List.of(new AreaJudgement("Overall effectiveness", Judgement.REQUIRES_IMPROVEMENT)), "", "");
    }

    @Test
    void anAdminRecordsAndEditsAnInspectionAudited() {
        Inspection saved = service.create(admin, ilacs("ILACS 2026", LocalDate.of(2026, 1, 12)));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isZero();
        Inspection edited = service.update(admin, saved.requireId(), 0, ilacs("ILACS January 2026",
                LocalDate.of(2026, 1, 12)));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(service.get(world.practitionerA(), saved.requireId()).title()).isEqualTo("ILACS January 2026");
        assertThat(world.auditLog.latestFor(world.partnershipA(), "Inspection", saved.auditId()))
                .hasValueSatisfying(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.UPDATED);
                    assertThat(e.before()).contains("title: ILACS 2026");
                    assertThat(e.after()).contains("title: ILACS January 2026",
                            "judgements: Overall effectiveness: Requires improvement");
                });
        assertThatThrownBy(() -> service.update(admin, saved.requireId(), 0, ilacs("Stale", LocalDate.of(2026, 1, 12))))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void onlyAnAdminRecordsInspections() {
        Inspection saved = service.create(admin, ilacs("ILACS 2026", LocalDate.of(2026, 1, 12)));
        int audit = world.auditLog.size();
        for (Actor other : List.of(world.practitionerA(), world.leadOfficerA(), world.boardChairA())) {
            assertThatThrownBy(() -> service.create(other, ilacs("x", LocalDate.of(2026, 1, 12))))
                    .isInstanceOf(NotAuthorisedException.class);
            assertThatThrownBy(() -> service.update(other, saved.requireId(), 0, ilacs("x", LocalDate.of(2026, 1, 12))))
                    .isInstanceOf(NotAuthorisedException.class);
        }
        assertThat(world.inspections.all()).containsExactly(saved);
        assertThat(world.auditLog.size()).isEqualTo(audit);
    }

    @Test
    void theListIsNewestFirstAndScopedToThePartnership() {
        service.create(admin, ilacs("2019", LocalDate.of(2019, 5, 13)));
        Inspection newest = service.create(admin, ilacs("2026", LocalDate.of(2026, 1, 12)));
        service.create(admin, ilacs("2023", LocalDate.of(2023, 2, 6)));
        assertThat(service.list(world.boardChairA())).extracting(Inspection::title).containsExactly("2026", "2023", "2019");
        assertThat(service.list(world.adminB())).isEmpty();
        assertThatThrownBy(() -> service.get(world.adminB(), newest.requireId())).isInstanceOf(NotFoundException.class)
                .hasMessage("Inspection not found.");
        assertThatThrownBy(() -> service.update(world.adminB(), newest.requireId(), 0,
                ilacs("x", LocalDate.of(2026, 1, 12)))).isInstanceOf(NotFoundException.class);
    }
}
